using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Corpora;

/// <summary>
/// Mozilla's translations are committed weeks after the English text, so some are filed under a version whose
/// English text they do not translate: word for word the translation of the version before. The corpus declares none
/// of them; the build finds each, warns, and tells readers which version they are reading — and no translated redline
/// says that two versions read the same where the English text of the pair differs.
/// </summary>
public partial class MozillaCorpusTests
{
    [CorpusFact]
    public void No_translated_redline_says_nothing_changed_where_the_English_text_of_the_pair_differs()
    {
        var parser = new HtmlParser();
        var (compared, notUpdated, wrong) = (0, 0, new List<string>());
        foreach (var page in Directory.EnumerateFiles(_built.Output, "index.html", SearchOption.AllDirectories))
        {
            var parts = Path.GetRelativePath(_built.Output, page).Split(Path.DirectorySeparatorChar);
            if (parts.Length != 5 || parts[2] != "diff" || parts[0] == "en") continue;
            var (policy, pair) = (parts[1], parts[3].Split(".."));
            if (EnglishText(policy, pair[0]) == EnglishText(policy, pair[1])) continue;
            compared++;
            var document = parser.ParseDocument(File.ReadAllText(page));
            if (document.QuerySelector(".diff-none") is not null) wrong.Add(Path.GetRelativePath(_built.Output, page));
            if (document.QuerySelector(".notice-not-updated") is { } notice)
            {
                notUpdated++;
                var binding = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, notice.QuerySelector("a[hreflang=en]")!.GetAttribute("href")!));
                Assert.Equal(Path.Combine(_built.Output, "en", policy, "diff", parts[3], "index.html"), binding);
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} translated redlines say nothing changed while the English text did:\n{string.Join("\n", wrong.Take(20))}");
        Assert.True(compared > 0 && notUpdated > 0, $"{compared} translated redlines of changed English texts, {notUpdated} of translations not updated: the corpus changed");
    }

    [CorpusFact]
    public void Each_translation_that_is_its_previous_version_word_for_word_while_English_changed_is_found_and_its_page_says_so()
    {
        var parser = new HtmlParser();
        var expected = UnchangedTranslations().ToList();
        var found = _built.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TranslationUnchanged).Select(d => d.Location.File).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => $"{e.Policy}/{e.Date}.{e.Language}.md").Order(StringComparer.Ordinal), found);
        foreach (var (policy, language, date, basis) in expected)
        {
            var page = Path.Combine(_built.Output, language, policy, date, "index.html");
            var notice = parser.ParseDocument(File.ReadAllText(page)).QuerySelector(".notice-translation-of");
            Assert.True(notice is not null, $"{language}/{policy}/{date}/ does not say that its translation reflects the version of {basis}");
            var targets = notice!.QuerySelectorAll("a").Select(a => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, a.GetAttribute("href")!))).ToList();
            Assert.Equal([Path.Combine(_built.Output, "en", policy, date, "index.html"), Path.Combine(_built.Output, "en", policy, "diff", $"{basis}..{date}", "index.html")], targets);
            Assert.All(targets, t => Assert.True(File.Exists(t), $"{t} does not exist"));
        }
    }

    /// <summary>
    /// Read from the corpus itself: each translation whose text (after its front matter, without trailing spaces)
    /// is the same as the same language's previous version while the English text differs, and the version it was
    /// made from (a run of unchanged translations goes back to the first of them).
    /// </summary>
    private static IEnumerable<(string Policy, string Language, string Date, string Basis)> UnchangedTranslations()
    {
        foreach (var folder in Directory.EnumerateDirectories(Support.Corpora.Mozilla))
        {
            var policy = Path.GetFileName(folder);
            var files = Directory.EnumerateFiles(folder, "*.md").Select(f => Path.GetFileName(f).Split('.')).ToList();
            foreach (var language in files.Select(f => f[1]).Where(l => l != "en").Distinct())
            {
                var dates = files.Where(f => f[1] == language).Select(f => f[0]).Order(StringComparer.Ordinal).ToList();
                var basis = dates.FirstOrDefault();
                for (var i = 1; i < dates.Count; i++)
                {
                    var same = TextOf(Path.Combine(folder, $"{dates[i]}.{language}.md")) == TextOf(Path.Combine(folder, $"{dates[i - 1]}.{language}.md"));
                    if (!same) basis = dates[i];
                    else if (EnglishText(policy, basis!) != EnglishText(policy, dates[i])) yield return (policy, language, dates[i], basis!);
                }
            }
        }
    }

    private static string EnglishText(string policy, string date) => TextOf(Path.Combine(Support.Corpora.Mozilla, policy, $"{date}.en.md"));

    /// <summary>A version file's text after its front matter, each line without trailing spaces, without empty lines at either end.</summary>
    private static string TextOf(string file)
    {
        var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var closing = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines.Skip(closing + 1).Select(l => l.TrimEnd())).Trim('\n');
    }
}
