namespace LegalGen.Markdown;

/// <summary>The inline formatting of a run of text.</summary>
[Flags]
public enum InlineStyle
{
    None = 0,
    Strong = 1,
    Emphasis = 2,
    Code = 4,
    Strike = 8,
}
