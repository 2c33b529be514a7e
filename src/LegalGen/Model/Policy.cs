namespace LegalGen.Model;

/// <summary>A policy (privacy policy, terms…): a folder of versions, oldest first.</summary>
/// <param name="WithdrawnOn">The day from which no version applies any more (site.yml's <c>withdrawn:</c>), or null.</param>
public sealed record Policy(string Slug, IReadOnlyList<PolicyVersion> Versions, DateOnly? WithdrawnOn = null)
{
    /// <summary>
    /// The policy's title for readers of <paramref name="language"/> at <paramref name="version"/>: that version's
    /// translation, else the latest earlier translated version's, else the binding title.
    /// </summary>
    public string TitleIn(PolicyVersion version, string language) =>
        version.In(language)?.Title
        ?? Versions.LastOrDefault(v => v.Date <= version.Date && v.In(language) is not null)?.In(language)!.Title
        ?? version.Source.Title;

    /// <summary>The language of <see cref="TitleIn"/>: <paramref name="language"/>, or the binding language when no version up to <paramref name="version"/> is translated into it.</summary>
    public string TitleLanguageIn(PolicyVersion version, string language) =>
        version.In(language) is not null || Versions.Any(v => v.Date <= version.Date && v.In(language) is not null) ? language : version.SourceLanguage;

    /// <summary>The version that takes effect on <paramref name="date"/>, or null.</summary>
    public PolicyVersion? VersionOn(DateOnly date)
    {
        var (low, high) = (0, Versions.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var found = Versions[middle].Date.CompareTo(date);
            if (found == 0) return Versions[middle];
            if (found < 0) low = middle + 1;
            else high = middle - 1;
        }

        return null;
    }

    /// <summary>
    /// The older binding version that the translation into <paramref name="language"/> filed under
    /// <paramref name="version"/> was made from, when the binding text has changed since: readers of that translation
    /// must be told it does not reflect the binding text of <paramref name="version"/>. Null when the translation is
    /// up to date, for the binding language, and where there is no translation (the binding text is shown).
    /// </summary>
    public PolicyVersion? OutdatedBasisOf(PolicyVersion version, string language)
    {
        if (language == version.SourceLanguage || version.In(language)?.TranslationOf is not { } basis) return null;
        var older = VersionOn(basis);
        return older is not null && !older.Source.ReadsAs(version.Source) ? older : null;
    }

    /// <summary>
    /// True when the binding text changed from <paramref name="older"/> to <paramref name="newer"/> but the translation
    /// into <paramref name="language"/> did not follow: its text is the same in both, or both were made from the same
    /// binding version. False for the binding language and where either version has no translation.
    /// </summary>
    public static bool TranslationNotUpdated(PolicyVersion older, PolicyVersion newer, string language)
    {
        if (language == older.SourceLanguage || older.In(language) is not { } from || newer.In(language) is not { } to) return false;
        if (older.Source.ReadsAs(newer.Source)) return false;
        return from.ReadsAs(to) || older.BasisOf(language) == newer.BasisOf(language);
    }
}
