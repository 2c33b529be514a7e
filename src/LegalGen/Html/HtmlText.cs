using System.Text;

namespace LegalGen.Html;

/// <summary>
/// HTML escaping of text and attribute values: only the five characters that matter are replaced, so
/// "słów" stays "słów" in the page source.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        return new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
    }

    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }

        return html;
    }
}
