using LegalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LegalGen.Content;

/// <summary>
/// Hands YAML events on to the node builder, stopping at the first anchor or alias (<c>*name</c>, which could make a
/// small file expand into an enormous one) and at nesting deeper than <see cref="ContentLimits.MaxYamlNesting"/>
/// (which would otherwise overflow the builder's stack).
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ended: the place to point at when the parser fails without saying where.</summary>
    public Mark Position { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        Position = inner.Current?.End ?? Position;
        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlLimitException(DiagnosticCodes.YamlAlias, alias.Start, alias.End,
                    $"the alias '*{alias.Value}' is not allowed here",
                    "write the value out in full: LegalGen does not expand YAML anchors and aliases");
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                // An anchor alone expands nothing, but YAML drops its '&name' from the value without a word.
                throw new YamlLimitException(DiagnosticCodes.YamlAlias, anchored.Start, anchored.End,
                    $"'&{anchored.Anchor.Value}' makes an anchor, which YAML leaves out of the value",
                    "put the value in quotes if '&' is part of it: title: \"&Co privacy\"; LegalGen does not use YAML anchors");
            case MappingStart or SequenceStart when ++_depth > ContentLimits.MaxYamlNesting:
                throw new YamlLimitException(DiagnosticCodes.NestedTooDeeply, inner.Current.Start, inner.Current.End,
                    $"lists and groups of keys are nested more than {ContentLimits.MaxYamlNesting} levels deep",
                    "LegalGen's keys need at most two levels; check for unbalanced '[' or '{'");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
