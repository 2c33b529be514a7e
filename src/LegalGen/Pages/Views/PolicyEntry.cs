using LegalGen.Timeline;

namespace LegalGen.Pages.Views;

/// <summary>A policy in a list of policies: its title, its current version and where to read it.</summary>
public sealed record PolicyEntry
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>The title's language: the list's, or the binding language where the policy has no translation into it yet.</summary>
    public required string TitleLang { get; init; }

    public required string Url { get; init; }

    public required string ChangesUrl { get; init; }

    /// <summary>The featured version's date: the current one (for a withdrawn policy, the last one), or the first upcoming one.</summary>
    public required string Date { get; init; }

    public required VersionStatus Status { get; init; }

    public VersionLink? Upcoming { get; init; }

    /// <summary>The day the policy is withdrawn, YYYY-MM-DD, whether that day has come or not; null when it is not withdrawn.</summary>
    public string? WithdrawnOn { get; init; }

    /// <summary>
    /// "Withdrawn on …" or "To be withdrawn on …" written out in the list's language, date included, for pages that list
    /// policies in several languages (the entry page), where the page's own strings are not the list's; null when not withdrawn.
    /// </summary>
    public string? WithdrawnNote { get; init; }

    /// <summary>Whether the featured version has a translation in the list's language.</summary>
    public required bool IsTranslated { get; init; }

    /// <summary>When it has not: the date of the latest version that has one, if any.</summary>
    public string? TranslatedDate { get; init; }

    /// <summary>When it has one made from an older binding version whose text has changed since: that version's date.</summary>
    public string? TranslationOf { get; init; }
}
