namespace LegalGen.Markdown;

/// <summary>A stretch of rendered text with one formatting and, for link text, one target.</summary>
public sealed record InlineRun(string Text, InlineStyle Style = InlineStyle.None, string? Link = null);
