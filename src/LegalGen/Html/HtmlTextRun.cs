namespace LegalGen.Html;

/// <summary>A stretch of text read from HTML with one formatting and, for link text, one (sanitized) target.</summary>
public sealed record HtmlTextRun(string Text, HtmlTextStyle Style = HtmlTextStyle.None, string? Link = null);
