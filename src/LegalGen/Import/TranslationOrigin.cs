namespace LegalGen.Import;

/// <summary>How the importer knows which binding version a translation translates.</summary>
public enum TranslationOrigin
{
    /// <summary>The translation states the same effective date as that binding version: its own words say so.</summary>
    StatedDate,

    /// <summary>
    /// It is the newest binding version committed before the translation last changed in a way a reader sees; the
    /// translation states no date that settles it.
    /// </summary>
    CommitOrder,
}
