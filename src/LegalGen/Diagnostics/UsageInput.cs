namespace LegalGen.Diagnostics;

/// <summary>
/// What a caller gave LegalGen besides the content: the command line names each with an option or argument,
/// another program with whatever it uses. The core names inputs only by these, never by a flag.
/// </summary>
public enum UsageInput
{
    ContentFolder,
    TemplatesFolder,
    OutputFolder,
    Force,
    BaseUrl,
    AsOfDate,
    VersionDate,
    Policy,
    Language,
    FromVersion,
    ToVersion,

    /// <summary>The git repository <c>legalgen import</c> reads.</summary>
    Repository,

    /// <summary>The commit of the repository whose history is imported.</summary>
    Revision,

    /// <summary>A file of the repository to import, with its language.</summary>
    ImportedFile,

    /// <summary>A pattern the importer finds effective dates with, besides its own.</summary>
    DatePattern,

    /// <summary>The Pagefind program a build indexes the site for search with.</summary>
    Pagefind,

    /// <summary>Whether a build gives the site search: required, left to whether Pagefind is found, or left out.</summary>
    Search,

    /// <summary>The languages of a new site (<c>legalgen init</c>), the binding one first.</summary>
    Languages,
}
