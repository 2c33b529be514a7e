using LegalGen.Diagnostics;
using LegalGen.Model;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>
/// Reads site.yml's optional <c>keep:</c>, the files the user keeps in the output folder (a domain's
/// <c>CNAME</c>, <c>.well-known/security.txt</c>): each must be a relative path that stays inside the output.
/// </summary>
internal static class KeepListReader
{
    public const string Key = "keep";

    private const string Example = "keep: [CNAME, .well-known/security.txt]";

    /// <summary>The kept paths, in the order listed; empty when the key is absent; null after an error.</summary>
    public static IReadOnlyList<KeptPath>? Read(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has(Key)) return [];
        var errorsBefore = diagnostics.ErrorCount;
        var items = fields.TextList(Key, "CNAME");
        if (diagnostics.ErrorCount > errorsBefore) return null;
        if (fields.Node(Key) is not YamlSequenceNode sequence) return [];

        var kept = new List<KeptPath>();
        foreach (var (text, node) in items.Zip(sequence.Children))
        {
            var path = text.EndsWith('/') ? text[..^1] : text;
            if (WhyNotInside(path) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.KeepPathInvalid, fields.At(node), $"'{text}' in '{Key}' {why}",
                    $"list paths relative to the output folder, with '/' between folders, e.g. '{Example}'");
            }
            else if (kept.Exists(k => k.Path == path))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, fields.At(node), $"'{text}' is listed twice in '{Key}'", "list each path once");
            }
            else
            {
                kept.Add(new KeptPath(path, fields.At(node)));
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : kept;
    }

    /// <summary>Null when <paramref name="path"/> is relative and stays inside the folder it is relative to; else why not.</summary>
    private static string? WhyNotInside(string path)
    {
        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && path[1] == ':'))
            return "is an absolute path, not one inside the output folder";
        if (path.Contains('\\')) return "contains '\\'; write '/' between folders";
        if (path.Any(char.IsControl)) return "contains a control character";
        var parts = path.Split('/');
        if (parts.Contains("..")) return "leads out of the output folder ('..')";
        if (parts.Any(p => p is "" or ".")) return "has an empty or '.' part";
        return null;
    }
}
