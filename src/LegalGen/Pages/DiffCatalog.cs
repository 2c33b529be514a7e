using System.Collections.Concurrent;
using LegalGen.Diff;
using LegalGen.Markdown;
using LegalGen.Model;

namespace LegalGen.Pages;

/// <summary>
/// The redlines of a site, each computed once: a diff shown on several languages' pages (the binding
/// text, when a translation is missing) is shared. Documents are keyed by their source path.
/// </summary>
public sealed class DiffCatalog(IReadOnlyDictionary<string, RenderedDocument> documents)
{
    private readonly ConcurrentDictionary<(string, string), Lazy<RedlineDiff>> _diffs = new();

    public RedlineDiff Get(Translation from, Translation to) =>
        _diffs.GetOrAdd((from.SourcePath, to.SourcePath), key => new Lazy<RedlineDiff>(() =>
            RedlineBuilder.Compare(documents[key.Item1].Blocks, documents[key.Item2].Blocks))).Value;

    /// <summary>The texts a page in <paramref name="language"/> compares: its translations if both exist, else the binding ones.</summary>
    public static (Translation From, Translation To, bool IsFallback) TextsFor(PolicyVersion from, PolicyVersion to, string language)
    {
        var a = from.In(language);
        var b = to.In(language);
        return a is not null && b is not null ? (a, b, false) : (from.Source, to.Source, language != from.SourceLanguage);
    }
}
