namespace LegalGen.Redline.Model;

/// <summary>
/// The space before a word appeared or went away ("from.Learn" → "from. Learn"), or, in code, changed: <see cref="Old"/>
/// and <see cref="New"/> are the space as the reader sees it ("" or " "; verbatim in code).
/// </summary>
public sealed record SpacingChange(string Old, string New) : FormatChange;
