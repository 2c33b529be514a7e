using System.Globalization;
using LegalGen.Search;

namespace LegalGen.Cli.Printing;

/// <summary>A search index in a few words: "24 pages indexed in 2 languages (412 KB, 93 files) in 310 ms".</summary>
internal static class SearchText
{
    public static string Of(SearchIndex index) =>
        $"{Words.Count(index.Pages, "page", "pages")} indexed in {Words.Count(index.PagesByLanguage.Count, "language", "languages")} "
        + $"({Size(index.Bytes)}, {Words.Count(index.Files, "file", "files")}) in {index.Milliseconds} ms";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
