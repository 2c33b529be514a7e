namespace LegalGen.Markdown;

/// <summary>The kinds of text block a reader sees, which the redline aligns before comparing words.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Quote,
    Code,
    Rule,
}
