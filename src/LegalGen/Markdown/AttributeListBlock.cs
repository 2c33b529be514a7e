using Markdig.Parsers;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// A kramdown attribute list on a line of its own where a block could start (<see cref="AttributeListBlockParser"/>),
/// until <see cref="AttributeLists"/> gives its attributes to the block before or after it and removes it.
/// </summary>
internal sealed class AttributeListBlock(BlockParser parser, IReadOnlyList<AttributeListToken> tokens, string written) : LeafBlock(parser)
{
    /// <summary>The list's entries, in the order written.</summary>
    public IReadOnlyList<AttributeListToken> Tokens { get; } = tokens;

    /// <summary>The list as written, for messages.</summary>
    public string Written { get; } = written;
}
