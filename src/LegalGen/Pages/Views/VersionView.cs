using LegalGen.Html;
using LegalGen.Markdown;

namespace LegalGen.Pages.Views;

/// <summary>One version of a policy as one language's pages show it.</summary>
/// <param name="Date">The effective date, YYYY-MM-DD.</param>
/// <param name="LastDay">The last day in force (the day before the next version), or null.</param>
/// <param name="Status">current, upcoming or superseded, on the build's as-of date.</param>
/// <param name="TextLang">The language of the text shown: the page's, or the binding language as a fallback.</param>
/// <param name="IsFallback">True when this language has no translation and the binding text is shown.</param>
/// <param name="Translated">For a fallback: the latest earlier version that has a translation, if any.</param>
/// <param name="DiffUrl">The diff against the previous version, if any.</param>
/// <param name="ParallelUrl">On a translation's page: the page showing it beside the binding text.</param>
/// <param name="Parallels">On the binding language's page: each translation's parallel page.</param>
/// <param name="SinceUrl">For a version other than the current one: the diff between it and the current version.</param>
public sealed record VersionView(
    string Date,
    string? LastDay,
    string Status,
    bool IsEditorial,
    string Title,
    string? Summary,
    List<string> Changes,
    string TextLang,
    string TextLangName,
    string TextDir,
    bool IsFallback,
    VersionLink? Translated,
    string Url,
    VersionLink? Previous,
    VersionLink? Next,
    string? DiffUrl,
    string? SinceUrl,
    string Sha256,
    RawHtml Content,
    List<TocEntry> Toc,
    string? ParallelUrl,
    List<LanguageLink> Parallels);
