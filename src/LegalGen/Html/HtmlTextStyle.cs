namespace LegalGen.Html;

/// <summary>The inline formatting of a run of text read from HTML.</summary>
[Flags]
public enum HtmlTextStyle
{
    None = 0,
    Strong = 1,
    Emphasis = 2,
    Code = 4,
    Strike = 8,
}
