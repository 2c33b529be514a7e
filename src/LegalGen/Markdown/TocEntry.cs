namespace LegalGen.Markdown;

/// <summary>A heading listed in a page's table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
