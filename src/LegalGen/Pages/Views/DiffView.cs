using LegalGen.Redline.Model;

namespace LegalGen.Pages.Views;

/// <summary>A diff page's data: the two versions, the counts, the changed sections and the redline.</summary>
public sealed record DiffView
{
    /// <summary>The older version, without its text.</summary>
    public required VersionView From { get; init; }

    /// <summary>The newer version, without its text.</summary>
    public required VersionView To { get; init; }

    /// <summary>The language of the compared texts: the page's, or the binding language when a translation is missing.</summary>
    public required string TextLang { get; init; }

    public required string TextLangName { get; init; }

    public required bool IsFallback { get; init; }

    /// <summary>
    /// True when the binding text changed between the two versions but the translation compared here did not follow
    /// (the same text, or both made from the same binding version): the page must not say that nothing changed.
    /// </summary>
    public required bool TranslationNotUpdated { get; init; }

    /// <summary>The binding language, whose texts <see cref="BindingDiffUrl"/> compares.</summary>
    public required string BindingLang { get; init; }

    public required string BindingLangName { get; init; }

    /// <summary>On a translation's diff page: the same two versions compared in the binding language; else null.</summary>
    public string? BindingDiffUrl { get; init; }

    public required RedlineStatistics Stats { get; init; }

    public required IReadOnlyList<SectionLink> Sections { get; init; }

    /// <summary>The inline redline (<c>_redline.sbn</c>).</summary>
    public required RedlineView Redline { get; init; }

    /// <summary>The same changes as two aligned columns (<c>_redline_side_by_side.sbn</c>).</summary>
    public required SideBySideView SideBySide { get; init; }

    /// <summary>The page shows the changes and their context only, not the unchanged text (see <see cref="DiffPairs"/>).</summary>
    public required bool IsCompact { get; init; }

    public required string CompareUrl { get; init; }

    /// <summary>When neither version is the current one: the diff from the older one to the current version.</summary>
    public string? CurrentDiffUrl { get; init; }
}
