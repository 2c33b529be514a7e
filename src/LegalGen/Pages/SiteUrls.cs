namespace LegalGen.Pages;

/// <summary>
/// Where every page lives, as a path from the site's root, and relative links between pages. Links name
/// <c>index.html</c> explicitly so the site also works opened from disk (file://) and under any prefix.
/// Paths are built only from validated slugs, language tags and dates.
/// </summary>
public static class SiteUrls
{
    public const string Index = "index.html";

    public static string Entry => Index;

    public static string Home(string language) => $"{language}/{Index}";

    public static string Policy(string language, string policy) => $"{language}/{policy}/{Index}";

    public static string Version(string language, string policy, string date) => $"{language}/{policy}/{date}/{Index}";

    /// <summary>
    /// A version's PDF, beside its page, named so that a downloaded copy says what it is: <c>privacy-2023-03-01-en.pdf</c>.
    /// </summary>
    public static string VersionPdf(string language, string policy, string date) => $"{language}/{policy}/{date}/{policy}-{date}-{language}.pdf";

    public static string Parallel(string language, string policy, string date) => $"{language}/{policy}/{date}/parallel/{Index}";

    public static string Changes(string language, string policy) => $"{language}/{policy}/changes/{Index}";

    public static string Compare(string language, string policy) => $"{language}/{policy}/compare/{Index}";

    /// <summary>The compare page asked to compare two versions (<c>?from=…&amp;to=…</c>): for pairs without a diff page, compared in the browser.</summary>
    public static string ComparePair(string language, string policy, string from, string to) => $"{Compare(language, policy)}?from={from}&to={to}";

    public static string Diff(string language, string policy, string from, string to) => $"{language}/{policy}/diff/{from}..{to}/{Index}";

    public static string Asset(string name) => $"assets/{name}";

    /// <summary>
    /// A language's search page: a file, not a folder, in the language's own folder, where no policy's folder can be
    /// (a policy's slug has no dot).
    /// </summary>
    public static string Search(string language) => $"{language}/search.html";

    /// <summary>
    /// A glob of every page that may hold text to search: a policy's own page (<c>en/privacy/index.html</c>) and a
    /// version's permalink (<c>en/privacy/2025-02-01/index.html</c>), not the change logs, diffs and parallel views under
    /// them, which repeat those texts at greater length, so the search indexer reads a third of a site's pages.
    /// </summary>
    public const string SearchablePages = "*/*/{index.html,[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html}";

    /// <summary>The script of the search index, which the search page loads (written by Pagefind into <c>pagefind/</c>).</summary>
    public const string SearchIndexScript = "pagefind/pagefind.js";

    /// <summary>The folder of the in-browser comparison's engine: its <c>_framework/</c>, once for the whole site.</summary>
    public const string CompareEngine = "assets/compare/_framework/";

    /// <summary>The script a compare page loads the engine with.</summary>
    public const string CompareEngineScript = CompareEngine + "dotnet.js";

    public static string PolicyFeed(string language, string policy) => $"{language}/{policy}/feed.xml";

    public static string LanguageFeed(string language) => $"{language}/feed.xml";

    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";

    public const string NotFound = "404.html";

    public const string VersionsManifest = "versions.json";

    /// <summary>The address readers share: a page's folder (<c>pl/privacy/</c>), without <c>index.html</c>.</summary>
    public static string Pretty(string path) => path == Index ? "" : path.EndsWith("/" + Index, StringComparison.Ordinal) ? path[..^Index.Length] : path;

    /// <summary>An absolute address under the site's base URL.</summary>
    public static string Absolute(Uri baseUrl, string path) => baseUrl.AbsoluteUri + path;

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/>, both site paths.</summary>
    public static string Relative(string from, string to)
    {
        // Skip the folders both paths start with (whole segments only), then climb out of the rest of
        // from's folders. Pages ask for dozens of links each, so this allocates only the result.
        var common = 0;
        for (var i = 0; i < from.Length && i < to.Length && from[i] == to[i]; i++)
            if (from[i] == '/') common = i + 1;
        var up = 0;
        for (var i = common; i < from.Length; i++)
            if (from[i] == '/') up++;
        return string.Create(up * 3 + to.Length - common, (up, to, common), static (span, state) =>
        {
            for (var i = 0; i < state.up; i++) "../".AsSpan().CopyTo(span[(i * 3)..]);
            state.to.AsSpan(state.common).CopyTo(span[(state.up * 3)..]);
        });
    }
}
