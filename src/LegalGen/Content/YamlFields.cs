using System.Globalization;
using LegalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>
/// A YAML mapping read key by key with located diagnostics: unknown keys (with "did you mean"),
/// duplicate keys, missing keys and wrong types. Lines are reported as file lines.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    private YamlFields(string file, int lineOffset, DiagnosticBag diagnostics, SourceLocation location)
    {
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        Location = location;
    }

    /// <summary>Where the mapping starts, for "missing key" messages.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file,
    /// and checks that its keys are among <paramref name="knownKeys"/>. Null after a syntax error.
    /// </summary>
    public static YamlFields? Parse(string yaml, string file, int firstLine, IReadOnlyCollection<string> knownKeys, string what, DiagnosticBag diagnostics)
    {
        var lineOffset = firstLine - 1;
        YamlNode? root;
        var parser = new GuardedYamlParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's node builder gives up on some malformed streams without a YamlException.
            var at = new SourceLocation(file, Math.Max(1, (int)parser.Position.Line) + lineOffset, Math.Max(1, (int)parser.Position.Column));
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, $"the {what} cannot be read as 'key: value' lines from here on",
                "check the indentation and quote values that contain ': ', '#', or start with a quote or bracket");
            return null;
        }
        catch (YamlLimitException e)
        {
            var at = new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
            diagnostics.Error(e.Code, at, $"in the {what}, {e.Problem}", e.Hint);
            return null;
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
            if (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
            {
                var key = e.Message["Duplicate key".Length..].Trim();
                diagnostics.Error(DiagnosticCodes.DuplicateKey, at, $"the key '{key}' appears twice in the {what}",
                    $"keep only one '{key}:' line");
                return null;
            }

            var (problem, hint) = YamlMessages.Rephrase(e);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, $"in the {what}, {problem}", hint);
            return null;
        }

        var fields = new YamlFields(file, lineOffset, diagnostics, new SourceLocation(file, firstLine, 1));
        switch (root)
        {
            case null:
                return fields;
            case YamlScalarNode { Value: null or "" } when root.Tag.IsEmpty || root.Tag.Value == "tag:yaml.org,2002:null":
                return fields;
            case YamlMappingNode mapping:
                fields.Collect(mapping, knownKeys, what);
                return fields;
            default:
                diagnostics.Error(DiagnosticCodes.WrongType, fields.At(root), $"the {what} must be a list of 'key: value' lines",
                    "write one key per line, e.g. 'title: Privacy Policy'");
                return null;
        }
    }

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public bool Has(string key) => _fields.ContainsKey(key);

    public IEnumerable<string> Keys => _fields.Keys;

    /// <summary>Each known top-level key and the line it starts on, counted from the YAML's first line (1), in order.</summary>
    public IReadOnlyList<(string Key, int Line)> KeyLines => _fields
        .Select(f => (f.Key, (int)f.Value.Key.Start.Line))
        .OrderBy(k => k.Item2)
        .ToList();

    public YamlNode? Node(string key) => _fields.TryGetValue(key, out var f) ? f.Value : null;

    public SourceLocation KeyLocation(string key) => At(_fields[key].Key);

    /// <summary>
    /// A required or optional single-line text; null when absent or wrong (with a diagnostic). An optional
    /// key's <paramref name="missingHint"/>, when given, is the hint for an empty value.
    /// </summary>
    public string? Text(string key, bool required, string missingHint)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            if (required)
                _diagnostics.Error(DiagnosticCodes.MissingKey, Location, $"the required key '{key}' is missing", missingHint);
            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, At(field.Value), $"'{key}' must be a text, not a {KindOf(field.Value)}",
                $"write it on one line: '{key}: …'");
            return null;
        }

        var value = Clean(scalar)?.Trim();
        if (string.IsNullOrEmpty(value) || IsNull(scalar))
        {
            var hint = required || missingHint.Length > 0 ? missingHint : $"write a value after '{key}:' or remove the line";
            _diagnostics.Error(DiagnosticCodes.EmptyValue, At(field.Key), $"'{key}' is empty", hint);
            return null;
        }

        return value;
    }

    /// <summary>True when the key is given with no value (<c>summary:</c>).</summary>
    public bool IsEmpty(string key) =>
        _fields.TryGetValue(key, out var field) && field.Value is YamlScalarNode scalar && (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value));

    /// <summary>An optional true/false flag; false when absent.</summary>
    public bool Flag(string key)
    {
        if (!_fields.TryGetValue(key, out var field)) return false;
        if (field.Value is YamlScalarNode { Value: { } v } scalar && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            if (v.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
            if (v.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, At(field.Value), $"'{key}' must be true or false",
            $"write '{key}: true' or '{key}: false' (without quotes)");
        return false;
    }

    /// <summary>
    /// An optional calendar date written <c>YYYY-MM-DD</c>, quoted or not, with where it is written; null when absent or
    /// wrong (with a diagnostic).
    /// </summary>
    public Model.DeclaredDate? Date(string key, string example)
    {
        if (!_fields.TryGetValue(key, out var field)) return null;
        if (field.Value is YamlScalarNode scalar && IsNull(scalar))
        {
            _diagnostics.Error(DiagnosticCodes.EmptyValue, At(field.Key), $"'{key}' is empty", $"write a date after '{key}:', e.g. '{key}: {example}', or remove the line");
            return null;
        }

        if (field.Value is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Model.DeclaredDate(date, At(field.Value));

        var written = field.Value is YamlScalarNode other ? $", not '{Clean(other)?.Trim()}'" : $", not a {KindOf(field.Value)}";
        _diagnostics.Error(DiagnosticCodes.WrongType, At(field.Value), $"'{key}' must be a date written YYYY-MM-DD{written}",
            $"write the date as YYYY-MM-DD (year, month, day), e.g. '{key}: {example}'");
        return null;
    }

    /// <summary>An optional list of one-line texts; empty when absent.</summary>
    public IReadOnlyList<string> TextList(string key, string example)
    {
        if (!_fields.TryGetValue(key, out var field)) return [];
        if (field.Value is YamlScalarNode s && IsNull(s)) return [];
        if (field.Value is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, At(field.Value), $"'{key}' must be a list, not a {KindOf(field.Value)}",
                $"put each item on its own line under '{key}:', starting with '  - ', e.g. '  - {example}'");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: not null } scalar && !IsNull(scalar) && Clean(scalar)!.Trim() is { Length: > 0 } text)
                items.Add(text);
            else
                _diagnostics.Error(DiagnosticCodes.WrongType, At(item), $"each item of '{key}' must be a one-line text",
                    $"write the item as '  - {example}'");
        }

        return items;
    }

    /// <summary>A scalar's value without the control characters a YAML escape (<c>"\e"</c>, <c>"\0"</c>) can put in it, each removal a warning.</summary>
    public string? Clean(YamlScalarNode scalar) =>
        scalar.Value is null ? null : DisallowedCharacters.Remove(scalar.Value, At(scalar), _diagnostics);

    private void Collect(YamlMappingNode mapping, IReadOnlyCollection<string> knownKeys, string what)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, At(keyNode), $"a key of the {what} must be a plain word",
                    "write keys as 'name: value'");
                continue;
            }

            if (!knownKeys.Contains(key))
            {
                var suggestion = Suggestions.Closest(key, knownKeys);
                var hint = suggestion is not null
                    ? $"did you mean '{suggestion}'?"
                    : $"the {what} accepts: {string.Join(", ", knownKeys)}";
                _diagnostics.Error(DiagnosticCodes.UnknownKey, At(keyNode), $"unknown key '{key}' in the {what}", hint);
                continue;
            }

            if (!_fields.TryAdd(key, (scalarKey, value)))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateKey, At(keyNode), $"the key '{key}' appears twice",
                    $"keep one '{key}:' line (the first one is on line {KeyLocation(key).Line})");
            }
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of keys",
        _ => "text",
    };
}
