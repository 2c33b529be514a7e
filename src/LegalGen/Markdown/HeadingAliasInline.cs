using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// An id a heading used to have, kept as an empty anchor at the start of the heading so links to it still arrive
/// (<see cref="HeadingIds"/>). It has no text: the table of contents, the redline and the slugs never see it.
/// </summary>
internal sealed class HeadingAliasInline(string id) : LeafInline
{
    public string Id { get; } = id;
}
