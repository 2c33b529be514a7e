using System.Collections.Concurrent;
using LegalGen.Diagnostics;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;
using LegalGen.Model;

namespace LegalGen.Pages;

/// <summary>
/// One policy's texts rendered (every translation of every version, once) and the redlines between them,
/// each computed on first use and shared by every page that shows it — a diff shown on several languages'
/// pages (the binding text, when a translation is missing) is computed once. Built per policy and let go
/// when its pages are written, so a build's memory is bounded by its largest policy.
/// </summary>
public sealed class PolicyTexts
{
    private readonly ConcurrentDictionary<string, RenderedDocument> _documents;
    private readonly ConcurrentDictionary<(string, string), Lazy<RedlineDiff>> _diffs = new();
    private readonly ConcurrentDictionary<string, Lazy<DiffableText>> _diffable = new(StringComparer.Ordinal);
    private readonly TokenPool _tokens = new();

    private PolicyTexts(ConcurrentDictionary<string, RenderedDocument> documents) => _documents = documents;

    /// <summary>
    /// Renders every translation of every version of <paramref name="policy"/>, in parallel, each heading answering to
    /// the ids its section had in the earlier versions (<see cref="SectionIdHistory"/>).
    /// </summary>
    /// <remarks>A text past <see cref="Content.ContentLimits"/> adds an error to <paramref name="diagnostics"/> and renders empty.</remarks>
    public static PolicyTexts Render(Policy policy, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var translations = policy.Versions.SelectMany(v => v.Translations.Values).ToArray();
        var documents = new RenderedDocument[translations.Length];
        Parallel.For(0, translations.Length, i =>
            documents[i] = renderer.Render(translations[i].Body, translations[i].SourcePath, translations[i].BodyStartLine, diagnostics, translations[i].Title, translations[i].Language,
                fragmentsCheckedLater: true));
        var texts = new PolicyTexts(new ConcurrentDictionary<string, RenderedDocument>(
            translations.Select((t, i) => KeyValuePair.Create(t.SourcePath, documents[i])), StringComparer.Ordinal));
        SectionIdHistory.Carry(policy, texts, diagnostics);

        // A link to an id a heading kept from an earlier version leads where it should: only the others lead nowhere.
        foreach (var document in texts._documents.Values)
            SiteLinks.CheckInPage(document.UnresolvedFragments, document.Anchors, diagnostics);
        return texts;
    }

    public RenderedDocument Document(Translation translation) => _documents[translation.SourcePath];

    /// <summary>How many redlines have been computed so far: each pair of texts once, whoever asks for it.</summary>
    internal int ComputedRedlines => _diffs.Count;

    /// <summary>Puts <paramref name="document"/> in the place of the text's rendering: the same blocks, more ids.</summary>
    internal void Replace(Translation translation, RenderedDocument document) => _documents[translation.SourcePath] = document;

    public RedlineDiff Diff(Translation from, Translation to) =>
        _diffs.GetOrAdd((from.SourcePath, to.SourcePath), key => new Lazy<RedlineDiff>(() =>
            RedlineBuilder.Compare(Diffable(key.Item1), Diffable(key.Item2)))).Value;

    /// <summary>The texts a page in <paramref name="language"/> compares: its translations if both exist, else the binding ones.</summary>
    public static (Translation From, Translation To) TextsFor(PolicyVersion from, PolicyVersion to, string language)
    {
        var a = from.In(language);
        var b = to.In(language);
        return a is not null && b is not null ? (a, b) : (from.Source, to.Source);
    }

    private DiffableText Diffable(string sourcePath) =>
        _diffable.GetOrAdd(sourcePath, path => new Lazy<DiffableText>(() =>
        {
            lock (_tokens) return new DiffableText(_documents[path].Blocks, _tokens);
        })).Value;
}
