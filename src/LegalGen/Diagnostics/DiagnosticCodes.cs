namespace LegalGen.Diagnostics;

/// <summary>Stable codes for every diagnostic, so docs, CI filters and tests can name them.</summary>
public static class DiagnosticCodes
{
    public const string SiteFileMissing = "LG001";
    public const string SiteFileInvalid = "LG002";
    public const string FileNameInvalid = "LG003";
    public const string PolicyFolderInvalid = "LG004";
    public const string UnknownLanguage = "LG005";
    public const string FrontMatterMissing = "LG006";
    public const string FrontMatterUnclosed = "LG007";
    public const string YamlSyntax = "LG008";
    public const string UnknownKey = "LG009";
    public const string MissingKey = "LG010";
    public const string WrongType = "LG011";
    public const string DuplicateVersion = "LG012";
    public const string OrphanTranslation = "LG013";
    public const string InvalidEncoding = "LG014";
    public const string UnexpectedFile = "LG015";
    public const string DuplicateKey = "LG016";
    public const string EffectiveDateMismatch = "LG017";
    public const string EmptyValue = "LG018";
    public const string Template = "LG020";
    public const string ContentFolderMissing = "LG021";
    public const string FileTooLarge = "LG022";
    public const string YamlAlias = "LG023";
    public const string NestedTooDeeply = "LG024";
    public const string BlockTooLarge = "LG025";
    public const string FrontMatterTooLarge = "LG026";
    public const string SymbolicLink = "LG027";

    /// <summary>A FIFO, device or socket where a file or folder was expected.</summary>
    public const string SpecialFile = "LG028";
    public const string TranslationStructure = "LG030";

    /// <summary>
    /// The site has no base_url: feeds, sitemap.xml and canonical links are left out. A note printed after the summary
    /// (<see cref="Build.BuildSummary.WithoutBaseUrl"/>), never a diagnostic: base_url is optional, so it never fails --strict.
    /// </summary>
    public const string BaseUrlMissing = "LG031";

    /// <summary>Markup that is not on <see cref="Html.HtmlAllowList"/> (an attribute such as <c>onclick</c>, an element such as <c>script</c>) was removed.</summary>
    public const string MarkupRemoved = "LG032";

    /// <summary>A control character or Unicode non-character was removed (see <see cref="Content.DisallowedCharacters"/>).</summary>
    public const string DisallowedCharacter = "LG033";

    /// <summary>An entry of site.yml's <c>keep:</c> is not a path inside the output folder.</summary>
    public const string KeepPathInvalid = "LG034";

    /// <summary>An entry of site.yml's <c>keep:</c> names a file the build writes itself; the build's file is published.</summary>
    public const string KeptPathWritten = "LG035";

    /// <summary><c>legalgen new</c>: the new version's date is not after the policy's latest version.</summary>
    public const string VersionNotAfterLatest = "LG040";

    /// <summary><c>legalgen new</c>: a file the new version needs is already there.</summary>
    public const string VersionFileExists = "LG041";

    /// <summary>An image written in HTML has no <c>alt</c> text; it is given an empty one.</summary>
    public const string ImageWithoutAlt = "LG042";

    /// <summary>A text begins with a level-1 heading that differs from its front-matter title; the page shows the title, not the heading.</summary>
    public const string LeadingHeadingDiffers = "LG055";

    /// <summary>A Liquid or Jekyll tag (<c>{% … %}</c>, <c>{{ … }}</c>) in a text: LegalGen does not run them, so it would be shown as written.</summary>
    public const string LiquidTag = "LG056";

    /// <summary>A link's <c>#fragment</c> matches no id in the page it leads to: the text's own, or the linked policy's or version's.</summary>
    public const string BrokenFragment = "LG052";

    /// <summary>A link to a policy, or to a version file, that the site does not have.</summary>
    public const string LinkTargetMissing = "LG053";

    /// <summary>A link from the site's root (<c>/privacy/</c>), which breaks wherever the site is not served at the root of its domain.</summary>
    public const string SiteRootLink = "LG054";

    /// <summary>
    /// A heading's former id — from before ids followed GitHub's rule, or from an earlier version of the text — now names
    /// another element, so links made to it arrive there.
    /// </summary>
    public const string FormerHeadingIdTaken = "LG057";

    /// <summary><c>published:</c> in a translation that differs from the binding text's: a version is announced once, in its binding text.</summary>
    public const string PublishedInTranslation = "LG062";

    /// <summary><c>published:</c> is after the version's effective date: the version was announced after it took effect.</summary>
    public const string PublishedAfterEffect = "LG063";

    /// <summary>A change was announced fewer days before it takes effect than site.yml's <c>notice_period_days</c>.</summary>
    public const string NoticeTooShort = "LG064";

    /// <summary>site.yml sets a notice period, and an upcoming change does not say when it was announced.</summary>
    public const string NoticeUndated = "LG065";

    /// <summary>site.yml's <c>withdrawn:</c> names a policy the site does not have, or one with a version taking effect on or after its withdrawal.</summary>
    public const string WithdrawalInvalid = "LG066";
    /// <summary><c>translation_of:</c> in a binding-language file, which is the text translations are made from.</summary>
    public const string TranslationOfOnBindingText = "LG058";

    /// <summary><c>translation_of:</c> names a date after the file's own: a text cannot translate a version that came later.</summary>
    public const string TranslationOfAfterVersion = "LG059";

    /// <summary><c>translation_of:</c> names a date that is not a version of the policy in the binding language.</summary>
    public const string TranslationOfUnknownVersion = "LG060";

    /// <summary>A translation's text is its previous version's word for word while the binding text changed: it is taken as a translation of the older version.</summary>
    public const string TranslationUnchanged = "LG061";
    /// <summary><c>legalgen import</c>: a version file it would write is there with other words than it wrote, or was not written by it; nothing is written.</summary>
    public const string ImportedFileChanged = "LG071";

    /// <summary><c>legalgen import</c>: a text states its effective date twice, differently (in words and in a <c>datetime</c> attribute); the words are taken.</summary>
    public const string EffectiveDatesDisagree = "LG072";

    /// <summary><c>legalgen import</c>: the effective date a text states is not after the version it follows; the version is dated by its commit.</summary>
    public const string StatedDateNotAfterPrevious = "LG073";

    /// <summary><c>legalgen import</c>: a statement of the effective date names a day no calendar has (31 April); it is not taken.</summary>
    public const string StatedDateNotACalendarDate = "LG074";
    /// <summary>A version whose binding text reads exactly as its predecessor's: the same words, formatting and link targets.</summary>
    public const string NoVisibleChange = "LG067";

    /// <summary>Search: pages whose text belongs in the search index come out of their template with none of it marked <c>data-pagefind-body</c>.</summary>
    public const string SearchTextUnmarked = "LG085";

    /// <summary>Search: pages that are not to be searched (they repeat text indexed elsewhere) come out of their template with text marked <c>data-pagefind-body</c>.</summary>
    public const string SearchTextMarkedTwice = "LG086";

    /// <summary>PDFs were asked for and there is no browser to print them: the one named is not an executable file, or none is installed where browsers are.</summary>
    public const string PdfBrowserNotFound = "LG090";

    /// <summary>The browser that prints PDFs (or the driver that runs it) did not start.</summary>
    public const string PdfBrowserDidNotStart = "LG091";

    /// <summary>A page of the site could not be printed to its PDF.</summary>
    public const string PdfPageNotPrinted = "LG092";

    /// <summary>A language of the site has no interface strings file, built in or the site's own: its pages' interface text is English, marked <c>lang="en"</c>.</summary>
    public const string LanguageWithoutStrings = "LG095";

    /// <summary>A site's own strings file, for a language LegalGen ships no strings for, lacks keys of English: those texts are shown in English, marked <c>lang="en"</c>.</summary>
    public const string StringsIncomplete = "LG096";
}
