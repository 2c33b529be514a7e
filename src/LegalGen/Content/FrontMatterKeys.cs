namespace LegalGen.Content;

/// <summary>The keys a version file's front matter accepts.</summary>
internal static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Changes = "changes";
    public const string Draft = "draft";
    public const string Editorial = "editorial";

    /// <summary>The day the version was announced; declared once, in the binding text.</summary>
    public const string Published = "published";

    /// <summary>Optional, redundant with the file name; accepted (and checked) for editors coming from Hugo.</summary>
    public const string Effective = "effective";

    /// <summary>Translations only: the binding version the text was translated from, when older than the file's own date.</summary>
    public const string TranslationOf = "translation_of";

    public static readonly IReadOnlyCollection<string> All = [Title, Summary, Changes, Draft, Editorial, Effective, TranslationOf, Published];
}
