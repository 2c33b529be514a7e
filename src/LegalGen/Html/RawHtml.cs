namespace LegalGen.Html;

/// <summary>
/// HTML that LegalGen produced itself (rendered Markdown, the redline): templates write it as is.
/// Every other value a template writes is HTML-escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
