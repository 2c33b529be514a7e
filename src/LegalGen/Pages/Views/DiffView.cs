using LegalGen.Redline.Model;

namespace LegalGen.Pages.Views;

/// <summary>A diff page's data: the two versions, the counts, the changed sections and the redline.</summary>
public sealed record DiffView
{
    /// <summary>The older version, without its text.</summary>
    public required VersionView From { get; init; }

    /// <summary>The newer version, without its text.</summary>
    public required VersionView To { get; init; }

    /// <summary>The language of the compared texts, which is the page's.</summary>
    public required string TextLang { get; init; }

    public required string TextLangName { get; init; }

    /// <summary>
    /// On the binding language's page: a note for the readers of each language that lacks one of the two translations
    /// and is sent here (their links lead here), in their language; else empty.
    /// </summary>
    public required IReadOnlyList<LanguageNote> FallbackNotes { get; init; }

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

    /// <summary>
    /// What <see cref="RedlineStatistics.WordsInserted"/> and <see cref="RedlineStatistics.WordsDeleted"/> count in these
    /// texts, as the strings name it: <c>words</c>, or <c>characters</c> in a language written without spaces
    /// (<see cref="Localization.CountedUnits"/>); the counts' strings are <c>words_inserted</c>, <c>characters_inserted</c>…
    /// </summary>
    public required string CountUnit { get; init; }

    public required IReadOnlyList<SectionLink> Sections { get; init; }

    /// <summary>False when the changed sections' titles carry their own numbers (<see cref="HeadingNumbers"/>): their list is then written without numbers.</summary>
    public bool SectionsNumbered { get; init; } = true;

    /// <summary>The inline redline (<c>_redline.sbn</c>), the page's one copy of the text: its script makes the side-by-side view from it.</summary>
    public required RedlineView Redline { get; init; }


    public required string CompareUrl { get; init; }

    /// <summary>When neither version is the current one: the diff from the older one to the current version.</summary>
    public string? CurrentDiffUrl { get; init; }
}
