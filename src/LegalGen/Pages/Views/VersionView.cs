using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Timeline;

namespace LegalGen.Pages.Views;

/// <summary>One version of a policy as one language's pages show it.</summary>
public sealed record VersionView
{
    /// <summary>The effective date, YYYY-MM-DD.</summary>
    public required string Date { get; init; }

    /// <summary>The last day in force (the day before the next version), or null.</summary>
    public string? LastDay { get; init; }

    /// <summary>Current, upcoming, superseded or withdrawn, on the build's as-of date.</summary>
    public required VersionStatus Status { get; init; }

    public required bool IsEditorial { get; init; }

    /// <summary>The day the version was announced, YYYY-MM-DD, where its binding text says; else null.</summary>
    public string? Published { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required IReadOnlyList<string> Changes { get; init; }

    /// <summary>The language of the text shown: the page's, or the binding language as a fallback.</summary>
    public required string TextLang { get; init; }

    public required string TextLangName { get; init; }

    public required string TextDir { get; init; }

    /// <summary>True when this language has no translation and the binding text is shown.</summary>
    public required bool IsFallback { get; init; }

    /// <summary>For a fallback: the latest earlier version that has a translation, if any.</summary>
    public VersionLink? Translated { get; init; }

    /// <summary>For a translation made from an older binding version whose text has changed since: that version, and where to read the binding text.</summary>
    public TranslationBasis? TranslationOf { get; init; }

    public required string Url { get; init; }

    /// <summary>The version page's address for citations: absolute under the site's base URL, else from the site's root ("/en/privacy/2025-01-01/").</summary>
    public required string Permalink { get; init; }

    public VersionLink? Previous { get; init; }

    public VersionLink? Next { get; init; }

    /// <summary>The diff against the previous version, if any.</summary>
    public string? DiffUrl { get; init; }

    /// <summary>For a version other than the current one (once the policy is withdrawn, the last one): the diff between the two.</summary>
    public string? SinceUrl { get; init; }

    /// <summary>Lower-case hex SHA-256 of the source file of the text shown (as in versions.json).</summary>
    public required string Sha256 { get; init; }

    /// <summary>
    /// The version's PDF when the build makes PDFs, else null: the text shown, so on a page without a translation, the
    /// binding text's PDF.
    /// </summary>
    public string? PdfUrl { get; init; }

    /// <summary>The rendered text; empty on pages that show the version without its text.</summary>
    public required RawHtml Content { get; init; }

    public required IReadOnlyList<TocEntry> Toc { get; init; }

    /// <summary>The same headings nested by level, and whether their lists are numbered (see <see cref="TableOfContents"/>).</summary>
    public TableOfContents Contents { get; init; } = TableOfContents.Empty;

    /// <summary>On a translation's page: the page showing it beside the binding text.</summary>
    public string? ParallelUrl { get; init; }

    /// <summary>On the binding language's page: each translation's parallel page.</summary>
    public required IReadOnlyList<LanguageLink> Parallels { get; init; }
}
