using LegalGen.Timeline;

namespace LegalGen.Pages.Views;

/// <summary>A policy in a list of policies: its title, its current version and where to read it.</summary>
public sealed record PolicyEntry
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public required string ChangesUrl { get; init; }

    /// <summary>The featured version's date: the current one, or the first upcoming one.</summary>
    public required string Date { get; init; }

    public required VersionStatus Status { get; init; }

    public VersionLink? Upcoming { get; init; }

    /// <summary>Whether the featured version has a translation in the list's language.</summary>
    public required bool IsTranslated { get; init; }

    /// <summary>When it has not: the date of the latest version that has one, if any.</summary>
    public string? TranslatedDate { get; init; }

    /// <summary>When it has one made from an older binding version whose text has changed since: that version's date.</summary>
    public string? TranslationOf { get; init; }
}
