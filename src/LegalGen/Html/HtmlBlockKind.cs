namespace LegalGen.Html;

/// <summary>The kinds of text block <see cref="HtmlStructureReader"/> finds in HTML: the same a reader sees in Markdown.</summary>
public enum HtmlBlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Quote,
    Code,
    Rule,
}
