namespace LegalGen.Pages.Views;

/// <summary>A policy in a list of policies: its title, its current version and where to read it.</summary>
/// <param name="Date">The featured version's date: the current one, or the first upcoming one.</param>
/// <param name="IsTranslated">Whether the featured version has a translation in the list's language.</param>
/// <param name="TranslatedDate">When it has not: the date of the latest version that has one, if any.</param>
public sealed record PolicyEntry(string Slug, string Title, string Url, string ChangesUrl, string Date, string Status, VersionLink? Upcoming, bool IsTranslated, string? TranslatedDate);
