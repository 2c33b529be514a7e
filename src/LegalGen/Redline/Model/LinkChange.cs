namespace LegalGen.Redline.Model;

/// <summary>The words lead somewhere else: <see cref="Old"/> and <see cref="New"/> are the link targets, null where the words were or are no link.</summary>
public sealed record LinkChange(string? Old, string? New) : FormatChange;
