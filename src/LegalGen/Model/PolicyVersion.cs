namespace LegalGen.Model;

/// <summary>One version of a policy, identified by its effective date, with its translations.</summary>
public sealed record PolicyVersion(DateOnly Date, string SourceLanguage, IReadOnlyDictionary<string, Translation> Translations)
{
    /// <summary>The binding text, in the site's default language.</summary>
    public Translation Source => Translations[SourceLanguage];

    /// <summary>A correction that changes no rights or duties, as the binding text declares.</summary>
    public bool IsEditorial => Source.Editorial;

    /// <summary>The day the version was announced, as the binding text declares it (<c>published:</c>); null when it does not say.</summary>
    public DateOnly? Published => Source.Published?.Date;

    /// <summary>The invariant date string used in file names and URLs.</summary>
    public string Key => DateKey.Of(Date);

    public Translation? In(string language) => Translations.GetValueOrDefault(language);

    /// <summary>
    /// The date of the binding version the text in <paramref name="language"/> was made from: its translation's
    /// <see cref="Translation.TranslationOf"/>, else this version's own date (also where there is no translation,
    /// as the binding text is shown).
    /// </summary>
    public DateOnly BasisOf(string language) => In(language)?.TranslationOf ?? Date;
}
