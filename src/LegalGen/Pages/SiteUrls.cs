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

    public static string Parallel(string language, string policy, string date) => $"{language}/{policy}/{date}/parallel/{Index}";

    public static string Changes(string language, string policy) => $"{language}/{policy}/changes/{Index}";

    public static string Compare(string language, string policy) => $"{language}/{policy}/compare/{Index}";

    public static string Diff(string language, string policy, string from, string to) => $"{language}/{policy}/diff/{from}..{to}/{Index}";

    public static string Asset(string name) => $"assets/{name}";

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/>, both site paths.</summary>
    public static string Relative(string from, string to)
    {
        var fromDirs = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromDirs.Length && common < toParts.Length - 1 && fromDirs[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromDirs.Length - common));
        return up + string.Join('/', toParts[common..]);
    }
}
