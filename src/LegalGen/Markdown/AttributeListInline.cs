using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// A kramdown attribute list as written (<c>{: #telemetry .note }</c>), until <see cref="AttributeLists"/> gives its
/// attributes to the element it belongs to and removes it. It renders nothing and has no text.
/// </summary>
internal sealed class AttributeListInline(IReadOnlyList<AttributeListToken> tokens) : LeafInline
{
    /// <summary>The list's entries, in the order written.</summary>
    public IReadOnlyList<AttributeListToken> Tokens { get; } = tokens;

    /// <summary>The list as written, for messages.</summary>
    public required string Written { get; init; }
}
