using YamlDotNet.Core;

namespace LegalGen.Content;

/// <summary>YAML that is well-formed but crosses one of LegalGen's limits: an alias, or nesting too deep.</summary>
internal sealed class YamlLimitException(string code, Mark start, Mark end, string message, string hint)
    : YamlException(start, end, message)
{
    public string Code { get; } = code;

    public string Hint { get; } = hint;

    public string Problem { get; } = message;
}
