namespace LegalGen.Html;

/// <summary>
/// One thing <see cref="MarkupSanitizer"/> changed in the markup it was given, in words ("the element &lt;script&gt;",
/// "the attribute 'onclick' of &lt;a&gt;"), and where: the 1-based line and column in that markup, or 0 where the
/// parser does not tell (elements of SVG and MathML).
/// </summary>
public sealed record MarkupFinding(MarkupFindingKind Kind, string What, int Line, int Column);
