using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Import;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Corpora;

/// <summary>
/// The real history of Mozilla's Firefox privacy notice (en, de, ja, pl, zh-CN) and privacy policy (en, de) — 73
/// commits, several a day, translations committed weeks after the English text, effective dates written in the text
/// and sometimes mistyped in its attributes — imported into version files whose dates and statements are those of
/// the history.
/// </summary>
public sealed class MozillaHistoryImportTests(MozillaHistoryImportTests.Imported imported) : IClassFixture<MozillaHistoryImportTests.Imported>
{
    private const string Firefox = "firefox-privacy-notice";
    private const string PrivacyPolicy = "mozilla-privacy-policy";

    [HistoryBundleFact]
    public void Both_policies_import_and_the_only_warnings_are_the_histories_mistyped_datetime_attributes()
    {
        Assert.True(imported.Firefox.Succeeded, string.Join("\n", imported.Firefox.Diagnostics));
        Assert.True(imported.PrivacyPolicy.Succeeded, string.Join("\n", imported.PrivacyPolicy.Diagnostics));
        Assert.Empty(imported.PrivacyPolicy.Diagnostics);
        Assert.All(imported.Firefox.Diagnostics, d => Assert.Equal(DiagnosticCodes.EffectiveDatesDisagree, d.Code));

        // "Effective June 30, 2023" with datetime="2022-06-30", and the same slip a month later, fixed by "Correct Firefox PN effective date".
        Assert.Contains(imported.Firefox.Diagnostics, d => d.Location == new SourceLocation("en/firefox_privacy_notice.md@54c1ba6", 4, 4));
        Assert.Contains(imported.Firefox.Diagnostics, d => d.Location == new SourceLocation("en/firefox_privacy_notice.md@e7b025d", 4, 4));
    }

    [HistoryBundleFact]
    public void There_is_one_version_per_effective_date_of_the_english_text_and_one_per_day_it_was_corrected_in_force()
    {
        string[] firefox =
        [
            "2020-09-08", "2021-03-01", "2021-05-28", "2021-07-12", "2021-09-30", "2021-10-07", "2021-11-17", "2021-12-06",
            "2022-02-08", "2022-03-10", "2022-03-16", "2022-04-14", "2022-05-30", "2022-06-17", "2022-08-01", "2023-03-07",
            "2023-06-30", "2023-07-27", "2023-11-01", "2024-01-17", "2024-04-03", "2024-05-13", "2025-02-25", "2025-02-27",
            "2025-03-03", "2025-05-22", "2025-06-02", "2025-12-02", "2025-12-17", "2026-05-04",
        ];

        Assert.Equal(firefox, imported.VersionDates(Firefox));
        Assert.Equal(["2020-09-09", "2023-01-20"], imported.VersionDates(PrivacyPolicy));
        Assert.Equal("true", imported.Key(PrivacyPolicy, "2023-01-20.en.md", "editorial"));
        Assert.Equal("typo correction", imported.Key(PrivacyPolicy, "2023-01-20.en.md", "summary"));
    }

    [HistoryBundleFact]
    public void Each_english_text_states_its_files_date_or_for_a_correction_the_date_of_the_version_it_corrects()
    {
        var finder = new EffectiveDateFinder([]);
        var dates = imported.VersionDates(Firefox);
        foreach (var date in dates)
        {
            var file = $"{date}.en.md";
            var stated = EffectiveDateFinder.Choose(finder.Find(imported.Body(Firefox, file)))!.Date;
            if (imported.Key(Firefox, file, "editorial") == "true")
                Assert.True(stated < DateOnly.Parse(date, CultureInfo.InvariantCulture) && dates.Contains(Day(stated)), $"{file} states {stated}");
            else
                Assert.Equal(date, Day(stated));
        }
    }

    [HistoryBundleFact]
    public void Announcements_are_the_day_of_the_first_commit_and_a_text_committed_after_it_took_effect_keeps_its_date()
    {
        Assert.Equal("2022-05-17", imported.Key(Firefox, "2022-05-30.en.md", "published"));
        Assert.Equal("2026-04-28", imported.Key(Firefox, "2026-05-04.en.md", "published"));
        Assert.Equal("2026-04-28", imported.Key(Firefox, "2026-05-04.ja.md", "published"));

        // "Update production (Firefox PN, 2021-11-17)" was committed on 30 November.
        Assert.Null(imported.Key(Firefox, "2021-11-17.en.md", "published"));
        Assert.Null(imported.Key(Firefox, "2021-10-07.en.md", "published"));
    }

    [HistoryBundleFact]
    public void Every_translation_names_a_binding_version_up_to_its_own_date_as_the_one_it_translates()
    {
        foreach (var policy in new[] { Firefox, PrivacyPolicy })
        {
            var dates = imported.VersionDates(policy);
            var translations = imported.Files(policy).Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(translations);
            foreach (var file in translations)
            {
                var of = imported.Key(policy, file, "translation_of");
                Assert.True(of is not null, $"{policy}/{file} does not say which version it translates");
                Assert.Contains(of, dates);
                Assert.True(string.CompareOrdinal(of, file[..10]) <= 0, $"{policy}/{file} translates a later version, {of}");
            }
        }

        // Translated in May 2026 from the English text of 28 April, all four languages say so.
        foreach (var language in new[] { "de", "ja", "pl", "zh-CN" })
            Assert.Equal("2026-05-04", imported.Key(Firefox, $"2026-05-04.{language}.md", "translation_of"));
    }

    [HistoryBundleFact]
    public void No_translation_is_filed_as_the_translation_of_a_binding_text_it_was_not_made_from()
    {
        // Wherever a translation is the same text as under the version before, while the English text changed, it
        // must say that it translates an earlier version: that is what keeps a page from calling two versions identical.
        var dates = imported.VersionDates(Firefox);
        var shown = new VisibleText(new MarkdownRenderer());
        for (var i = 1; i < dates.Count; i++)
        {
            var binding = (Previous: imported.Body(Firefox, $"{dates[i - 1]}.en.md"), Current: imported.Body(Firefox, $"{dates[i]}.en.md"));
            Assert.NotEqual(shown.Of(null, binding.Previous, "en"), shown.Of(null, binding.Current, "en"));
            foreach (var language in new[] { "de", "ja", "pl", "zh-CN" })
            {
                var previous = imported.Body(Firefox, $"{dates[i - 1]}.{language}.md");
                var current = imported.Body(Firefox, $"{dates[i]}.{language}.md");
                if (previous != current) continue;
                var of = imported.Key(Firefox, $"{dates[i]}.{language}.md", "translation_of")!;
                Assert.True(string.CompareOrdinal(of, dates[i]) < 0, $"{dates[i]}.{language}.md is unchanged but claims to translate {of}");
            }
        }
    }

    [HistoryBundleFact]
    public void Commits_that_change_nothing_a_reader_sees_are_skipped_with_their_reason()
    {
        var skipped = imported.Firefox.Report!.Skipped.Where(s => s.Language == "en").ToDictionary(s => s.Commit.ShortId, s => s.Reason);

        Assert.Equal(SkipReason.LineEndingsOrTrailingSpaces, skipped["c8fe433"]);
        Assert.Equal(SkipReason.RendersTheSame, skipped["e5a60e1"]);
        Assert.Equal(SkipReason.RendersTheSame, skipped["ddaa4ee"]);
        Assert.Equal(SkipReason.RendersTheSame, skipped["a916982"]);  // "move anchor within td element": where a link lands, not what is read
        Assert.Contains(imported.Firefox.Report.Skipped, s => s is { Language: "de", Commit.ShortId: "e17b2a4", Reason: SkipReason.LineEndingsOrTrailingSpaces });
    }

    [HistoryBundleFact]
    public void Importing_the_same_history_again_changes_nothing()
    {
        var again = imported.ImportFirefox();

        Assert.True(again.Succeeded);
        Assert.All(again.Report!.Versions.SelectMany(v => v.Files), f => Assert.Equal(FileOutcome.Unchanged, f.Outcome));
    }

    [HistoryBundleFact]
    public void The_imported_site_builds_strict_apart_from_the_warnings_the_texts_justify()
    {
        var result = SiteBuilder.Build(new BuildOptions(imported.Content, RepoPaths.Templates, Path.Combine(imported.Root, "_site"), new DateOnly(2027, 1, 1)));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var justified = new HashSet<string>
        {
            DiagnosticCodes.MarkupRemoved,         // Mozilla's <span class="privacy-header-…"> in old titles: the classes are not LegalGen's
            DiagnosticCodes.FormerHeadingIdTaken,  // headings repeated within a text, whose ids Mozilla numbered differently
            DiagnosticCodes.BrokenFragment,        // links to fragments Mozilla's own texts lack
            DiagnosticCodes.TranslationStructure,     // translations made from the version they name, drifting in structure as Mozilla's do
        };
        var unjustified = result.Diagnostics.Where(d => !justified.Contains(d.Code)).ToList();
        Assert.True(unjustified.Count == 0, string.Join("\n", unjustified.Take(20)));
        NoTranslatedRedlineCallsVersionsIdenticalWhereTheBindingTextDiffers(Path.Combine(imported.Root, "_site"));
    }

    /// <summary>
    /// Part of what the site must never say: that two versions of a translation read the same while their binding
    /// texts differ. A translated redline that marks nothing must be one whose English redline marks nothing too;
    /// where the English changed and the translation did not, the page says the translation was not updated.
    /// </summary>
    private static void NoTranslatedRedlineCallsVersionsIdenticalWhereTheBindingTextDiffers(string site)
    {
        var parser = new HtmlParser();
        var (checkedPages, notUpdated) = (0, 0);
        foreach (var language in new[] { "de", "ja", "pl", "zh-CN" })
        {
            foreach (var page in Directory.EnumerateFiles(Path.Combine(site, language), "index.html", SearchOption.AllDirectories)
                         .Where(p => p.Contains($"{Path.DirectorySeparatorChar}diff{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var document = parser.ParseDocument(File.ReadAllText(page));
                checkedPages++;
                if (document.QuerySelector(".notice-not-updated") is not null) notUpdated++;
                if (document.QuerySelector(".diff-none") is null) continue;
                var english = Path.Combine(site, "en", Path.GetRelativePath(Path.Combine(site, language), page));
                var bindingSaysNoChange = parser.ParseDocument(File.ReadAllText(english)).QuerySelector(".diff-none") is not null;
                Assert.True(bindingSaysNoChange, $"{Path.GetRelativePath(site, page)} says both versions read the same, but the English redline of the same pair marks changes");
            }
        }

        Assert.True(checkedPages > 100, $"only {checkedPages} translated redline pages were found");
        Assert.True(notUpdated > 0, "no translated redline says that its translation was not updated, though the history has such translations");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The bundle cloned, and both policies imported into a content folder of their own, once for the class.</summary>
    public sealed class Imported : IDisposable
    {
        public Imported()
        {
            Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "mozilla-history-" + Guid.NewGuid().ToString("N"));
            if (!File.Exists(Support.Corpora.MozillaHistory) || !GitFactAttribute.GitIsInstalled.Value) return;
            Directory.CreateDirectory(Content);
            File.WriteAllText(Path.Combine(Content, "site.yml"),
                "title: Mozilla (imported history)\nbase_url: https://legal.example.org/\ndefault_language: en\nlanguages: [en, de, ja, pl, zh-CN]\n");
            Clone(Support.Corpora.MozillaHistory, Repository);
            Firefox = ImportFirefox();
            PrivacyPolicy = HistoryImporter.Import(new ImportRequest(Repository, MozillaHistoryImportTests.PrivacyPolicy,
                [new FileToImport("en", "en/mozilla_privacy_policy.md"), new FileToImport("de", "de/mozilla_privacy_policy.md")], Content));
        }

        public string Root { get; }

        public string Content => Path.Combine(Root, "content");

        public ImportResult Firefox { get; } = new(null, []);

        public ImportResult PrivacyPolicy { get; } = new(null, []);

        private string Repository => Path.Combine(Root, "mozilla");

        public ImportResult ImportFirefox() => HistoryImporter.Import(new ImportRequest(Repository, MozillaHistoryImportTests.Firefox,
            new[] { "en", "de", "ja", "pl", "zh-CN" }.Select(l => new FileToImport(l, $"{l}/firefox_privacy_notice.md")).ToList(), Content));

        public List<string> Files(string policy) => Directory.EnumerateFiles(Path.Combine(Content, policy), "*.md")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

        public List<string> VersionDates(string policy) => Files(policy).Where(f => f.EndsWith(".en.md", StringComparison.Ordinal)).Select(f => f[..10]).ToList();

        public string? Key(string policy, string file, string key) => File.ReadAllText(Path.Combine(Content, policy, file)).Split("\n---\n")[0]
            .Split('\n').FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim().Trim('"');

        public string Body(string policy, string file) => File.ReadAllText(Path.Combine(Content, policy, file)).Split("\n---\n", 2)[1];

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static void Clone(string bundle, string into)
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "clone", "--quiet", bundle, into }) start.ArgumentList.Add(argument);
            start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("git clone of the history bundle failed: " + error.Result);
        }
    }
}
