namespace LegalGen.Markdown;

/// <summary>A policy text rendered once and used everywhere: its HTML, its contents and its blocks for diffs.</summary>
public sealed record RenderedDocument(string Html, IReadOnlyList<TocEntry> Toc, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The ids a <c>#fragment</c> can lead to in the final HTML (headings, attributes, <c>&lt;a id&gt;</c>, <c>&lt;a name&gt;</c>): small, kept after the text is let go.</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();

    /// <summary>The text's links to other policies and version files, checked once every policy is rendered.</summary>
    public IReadOnlyList<PolicyLink> PolicyLinks { get; init; } = [];

    /// <summary>The text's links to <c>#fragments</c> of itself that none of its ids answered when it was rendered.</summary>
    public IReadOnlyList<(string Fragment, Diagnostics.SourceLocation At)> UnresolvedFragments { get; init; } = [];
}
