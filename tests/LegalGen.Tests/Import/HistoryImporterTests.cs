using LegalGen.Diagnostics;
using LegalGen.Import;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Import;

/// <summary>
/// A privacy notice's history as a legal team makes one — announced before it takes effect, corrected in place,
/// re-saved, moved, changed through a pull request, committed after it took effect, translated late — imported into
/// version files whose dates and statements are those of the history.
/// </summary>
public sealed class HistoryImporterTests : IDisposable
{
    private readonly GitRepositoryFixture _repo = new();
    private readonly ImportedSite _site = new();

    public void Dispose()
    {
        _repo.Dispose();
        _site.Dispose();
    }

    /// <summary>The history of the test, commit by commit; each step says what the import should make of it.</summary>
    private void MakePrivacyHistory()
    {
        // Announced on 10 January, in force from 15 January: a version dated by its text, published on its first commit.
        _repo.Write("en/privacy.md", "# Privacy Notice\n\nEffective January 15, 2024\n\nWe keep logs for 24 months.\n")
            .Write("de/privacy.md", "# Datenschutzhinweis\n\nGültig ab 15. Januar 2024\n\nWir speichern Protokolle 24 Monate.\n")
            .Commit("2024-01-10T10:00:00+01:00", "Add the privacy notice");

        // Changed after it took effect, with the same stated date: a correction, twice on one day, so one version.
        _repo.Write("en/privacy.md", "# Privacy Notice\n\nEffective January 15, 2024\n\nWe keep server logs for 24 months.\n")
            .Commit("2024-03-01T09:00:00+01:00", "Fix a typo");
        _repo.Write("en/privacy.md", "# Privacy Notice\n\nEffective January 15, 2024\n\nWe keep our server logs for 24 months.\n")
            .Commit("2024-03-01T15:00:00+01:00", "Wording");

        // Re-saved with Windows line endings: nothing a reader sees.
        _repo.Write("en/privacy.md", "# Privacy Notice\r\n\r\nEffective January 15, 2024\r\n\r\nWe keep our server logs for 24 months.\r\n")
            .Commit("2024-04-02T10:00:00+02:00", "Normalise line endings");

        // A new version, announced on 20 May for 1 June, from a squashed pull request.
        _repo.Write("en/privacy.md", "# Privacy Notice\n\nEffective June 1, 2024\n\nWe keep our server logs for 12 months.\n")
            .Commit("2024-05-20T10:00:00+02:00", "Shorten log retention (#12)");

        // The German translation follows three weeks later.
        _repo.Write("de/privacy.md", "# Datenschutzhinweis\n\nGültig ab 1. Juni 2024\n\nWir speichern unsere Server-Protokolle 12 Monate.\n")
            .Commit("2024-06-20T10:00:00+02:00", "Translate the June notice");

        // The files move: history is followed through the rename, which itself changes nothing.
        _repo.Rename("en/privacy.md", "legal/en/privacy.md").Commit("2024-07-01T10:00:00+02:00", "Move the notices");

        // A pull request, merged on 5 November for 1 January: its title is the summary, the merge day the announcement.
        _repo.Branch("retention-2025")
            .Write("legal/en/privacy.md", "# Privacy Notice\n\nEffective January 1, 2025\n\nWe keep our server logs for 6 months.\n")
            .Commit("2024-11-02T10:00:00+01:00", "wip");
        _repo.Checkout("main").MergePullRequest("2024-11-05T10:00:00+01:00", "retention-2025", 34, "New retention rules for 2025");

        // A Polish translation, first committed after the January version.
        _repo.Write("pl/privacy.md", "# Polityka prywatności\n\nData wejścia w życie: 1 stycznia 2025 r.\n\nPrzechowujemy logi serwera przez 6 miesięcy.\n")
            .Commit("2025-02-01T10:00:00+01:00", "Add the Polish translation");

        // Committed on 10 March, in force (as it says) since 1 March: dated by its text, not announced.
        _repo.Write("legal/en/privacy.md", "# Privacy Notice\n\nEffective March 1, 2025\n\nWe keep our server logs for 3 months.\n")
            .Commit("2025-03-10T10:00:00+01:00", "March update");
    }

    private ImportResult ImportPrivacy() => _site.Import(_repo.Root, "privacy",
        new FileToImport("en", "legal/en/privacy.md"), new FileToImport("de", "de/privacy.md"), new FileToImport("pl", "pl/privacy.md"));

    [GitFact]
    public void Each_effective_date_of_the_binding_text_is_one_version_and_each_correction_one_more()
    {
        MakePrivacyHistory();

        var result = ImportPrivacy();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2024-01-15", "2024-03-01", "2024-06-01", "2025-01-01", "2025-03-01"],
            result.Report!.Versions.Select(v => LegalGen.Model.DateKey.Of(v.Date)));
        Assert.Equal([DateOrigin.StatedInText, DateOrigin.Correction, DateOrigin.StatedInText, DateOrigin.StatedInText, DateOrigin.StatedInText],
            result.Report.Versions.Select(v => v.Origin));
        Assert.Contains("2024-01-15.en.md", _site.Files("privacy"));
        Assert.Equal("Privacy Notice", _site.Key("privacy", "2024-01-15.en.md", "title"));
    }

    [GitFact]
    public void A_version_announced_before_it_takes_effect_says_when_and_one_committed_late_keeps_its_stated_date()
    {
        MakePrivacyHistory();

        ImportPrivacy();

        Assert.Equal("2024-01-10", _site.Key("privacy", "2024-01-15.en.md", "published"));
        Assert.Equal("2024-05-20", _site.Key("privacy", "2024-06-01.en.md", "published"));
        Assert.Equal("2024-11-05", _site.Key("privacy", "2025-01-01.en.md", "published"));
        Assert.Null(_site.Key("privacy", "2025-03-01.en.md", "published"));
        Assert.Contains("3 months", _site.Body("privacy", "2025-03-01.en.md"));
    }

    [GitFact]
    public void A_correction_is_editorial_dated_by_its_commit_and_holds_the_days_last_text_with_its_commits_as_changes()
    {
        MakePrivacyHistory();

        var result = ImportPrivacy();

        var correction = result.Report!.Versions[1];
        Assert.True(correction.Editorial);
        Assert.Equal(new DateOnly(2024, 1, 15), correction.CorrectionOf);
        Assert.Equal("true", _site.Key("privacy", "2024-03-01.en.md", "editorial"));
        Assert.Equal("Fix a typo", _site.Key("privacy", "2024-03-01.en.md", "summary"));
        Assert.Contains("  - \"Wording\"", _site.Text("privacy", "2024-03-01.en.md"));
        Assert.Contains("We keep our server logs for 24 months.", _site.Body("privacy", "2024-03-01.en.md"));
        Assert.Null(_site.Key("privacy", "2024-06-01.en.md", "editorial"));
    }

    [GitFact]
    public void Summaries_come_from_the_commits_a_pull_requests_title_for_a_merge_and_none_for_the_first_version()
    {
        MakePrivacyHistory();

        ImportPrivacy();

        Assert.Null(_site.Key("privacy", "2024-01-15.en.md", "summary"));
        Assert.Equal("Shorten log retention", _site.Key("privacy", "2024-06-01.en.md", "summary"));
        Assert.Equal("New retention rules for 2025", _site.Key("privacy", "2025-01-01.en.md", "summary"));
        Assert.Equal("New retention rules for 2025", _site.Key("privacy", "2025-01-01.de.md", "summary"));
    }

    [GitFact]
    public void Commits_that_change_nothing_a_reader_sees_are_skipped_with_the_reason()
    {
        MakePrivacyHistory();

        var result = ImportPrivacy();

        var skipped = result.Report!.Skipped.Where(s => s.Language == "en").ToDictionary(s => s.Commit.Summary, s => s.Reason);
        Assert.Equal(SkipReason.LineEndingsOrTrailingSpaces, skipped["Normalise line endings"]);
        Assert.Equal(SkipReason.Moved, skipped["Move the notices"]);
    }

    [GitFact]
    public void A_commit_that_only_moves_an_anchor_gives_no_version_and_its_anchor_is_kept_in_the_file_of_its_version()
    {
        _repo.Write("en/p.md", "# Terms\n\nEffective May 1, 2024\n\n<a id=\"logs\"></a>\n\n## Logs\n\nWe keep logs.\n\n## Fees\n\nNone.\n")
            .Commit("2024-04-20T10:00:00+02:00", "Add the terms");
        _repo.Write("en/p.md", "# Terms\n\nEffective May 1, 2024\n\n## Logs\n\nWe keep logs.\n\n<a id=\"logs\"></a>\n\n## Fees {#fees}\n\nNone.\n")
            .Commit("2024-06-03T10:00:00+02:00", "Move the anchor, name the fees");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2024-05-01.en.md"], Directory.EnumerateFiles(Path.Combine(_site.Content, "p"), "*.md").Select(Path.GetFileName));
        Assert.Equal(SkipReason.RendersTheSame, Assert.Single(result.Report!.Skipped).Reason);
        var text = _site.Text("p", "2024-05-01.en.md");
        Assert.Contains("## Fees {#fees}", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("<a id=\"logs\">", StringComparison.Ordinal) > text.IndexOf("## Logs", StringComparison.Ordinal), text);
    }

    [GitFact]
    public void Each_translation_is_filed_under_every_version_of_its_time_with_the_version_it_translates()
    {
        MakePrivacyHistory();

        var result = ImportPrivacy();

        // German: translated in January, not again until June; the correction of March came after its translation.
        Assert.Equal("2024-01-15", _site.Key("privacy", "2024-01-15.de.md", "translation_of"));
        Assert.Equal("2024-01-15", _site.Key("privacy", "2024-03-01.de.md", "translation_of"));
        Assert.Equal("2024-06-01", _site.Key("privacy", "2024-06-01.de.md", "translation_of"));
        Assert.Equal("2024-06-01", _site.Key("privacy", "2025-01-01.de.md", "translation_of"));
        Assert.Equal("2024-06-01", _site.Key("privacy", "2025-03-01.de.md", "translation_of"));
        Assert.Contains("12 Monate", _site.Body("privacy", "2025-03-01.de.md"));

        // Polish: none before it existed.
        Assert.DoesNotContain("2024-06-01.pl.md", _site.Files("privacy"));
        Assert.Equal("2025-01-01", _site.Key("privacy", "2025-01-01.pl.md", "translation_of"));
        Assert.Equal("2025-01-01", _site.Key("privacy", "2025-03-01.pl.md", "translation_of"));
        var polish = result.Report!.Versions[4].Files.Single(f => f.Language == "pl");
        Assert.Equal(TranslationOrigin.StatedDate, polish.Origin);
        Assert.Empty(polish.Commits!);
    }

    [GitFact]
    public void A_translation_that_states_no_date_translates_the_version_in_force_when_it_last_changed_visibly()
    {
        _repo.Write("en/terms.md", "# Terms\n\nEffective May 1, 2024\n\nFirst terms.\n").Write("de/terms.md", "# AGB\n\nErste Bedingungen.\n")
            .Commit("2024-05-01T10:00:00Z", "Terms");
        _repo.Write("en/terms.md", "# Terms\n\nEffective July 1, 2024\n\nSecond terms.\n").Commit("2024-06-20T10:00:00Z", "New terms");

        // Re-saved after the new English text: line endings translate nothing.
        _repo.Write("de/terms.md", "# AGB\r\n\r\nErste Bedingungen.\r\n").Commit("2024-06-25T10:00:00Z", "CRLF");

        var result = _site.Import(_repo.Root, "terms", new FileToImport("en", "en/terms.md"), new FileToImport("de", "de/terms.md"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("2024-05-01", _site.Key("terms", "2024-07-01.de.md", "translation_of"));
        var german = result.Report!.Versions[1].Files.Single(f => f.Language == "de");
        Assert.Equal(TranslationOrigin.CommitOrder, german.Origin);
        Assert.Contains(result.Report.Skipped, s => s is { Language: "de", Reason: SkipReason.LineEndingsOrTrailingSpaces });
    }

    [GitFact]
    public void A_version_moved_before_it_took_effect_is_one_version_on_the_new_date()
    {
        _repo.Write("en/p.md", "Effective January 1, 2024\n\nOld.\n").Commit("2023-12-01T10:00:00Z", "First");
        _repo.Write("en/p.md", "Effective June 1, 2024\n\nNew.\n").Commit("2024-05-01T10:00:00Z", "Announce June");
        _repo.Write("en/p.md", "Effective July 1, 2024\n\nNew.\n").Commit("2024-05-15T10:00:00Z", "Postpone to July");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        var moved = result.Report!.Versions[^1];
        Assert.Equal(["2024-01-01", "2024-07-01"], result.Report.Versions.Select(v => LegalGen.Model.DateKey.Of(v.Date)));
        Assert.Equal(new DateOnly(2024, 6, 1), moved.RescheduledFrom);
        Assert.Equal(new DateOnly(2024, 5, 1), moved.Published);
        Assert.Equal(["Postpone to July"], moved.Changes);
    }

    [GitFact]
    public void Without_a_stated_date_each_day_with_a_change_is_a_version_holding_the_days_last_text()
    {
        _repo.Write("en/p.md", "# Cookies\n\nOne.\n").Commit("2024-01-02T09:00:00+01:00", "First");
        _repo.Write("en/p.md", "# Cookies\n\nTwo.\n").Commit("2024-02-03T09:00:00+01:00", "Second");
        _repo.Write("en/p.md", "# Cookies\n\nThree.\n").Commit("2024-02-03T23:30:00+01:00", "Third");

        var result = _site.Import(_repo.Root, "cookies", new FileToImport("en", "en/p.md"));

        Assert.Equal(["2024-01-02", "2024-02-03"], result.Report!.Versions.Select(v => LegalGen.Model.DateKey.Of(v.Date)));
        Assert.All(result.Report.Versions, v => Assert.Equal(DateOrigin.CommitDate, v.Origin));
        Assert.Contains("Three.", _site.Body("cookies", "2024-02-03.en.md"));
        Assert.Null(_site.Key("cookies", "2024-02-03.en.md", "editorial"));
    }

    [GitFact]
    public void A_change_undone_the_same_day_gives_no_version()
    {
        _repo.Write("en/p.md", "Effective May 1, 2024\n\nText.\n").Commit("2024-05-01T09:00:00Z", "First");
        _repo.Write("en/p.md", "Effective May 1, 2024\n\nOops.\n").Commit("2024-06-01T09:00:00Z", "Mistake");
        _repo.Write("en/p.md", "Effective May 1, 2024\n\nText.\n").Commit("2024-06-01T10:00:00Z", "Revert the mistake");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        Assert.Single(result.Report!.Versions);
        Assert.Equal(2, result.Report.Skipped.Count(s => s.Reason == SkipReason.UndoneTheSameDay));
    }

    [GitFact]
    public void Front_matter_for_another_tool_is_replaced_and_its_title_kept()
    {
        _repo.Write("_policies/privacy.md", "---\nlayout: legal\ntitle: \"Privacy: how we use data\"\npermalink: /privacy/\n---\n\nEffective May 1, 2024\n\nText.\n")
            .Commit("2024-05-01T09:00:00Z", "First");

        _site.Import(_repo.Root, "privacy", new FileToImport("en", "_policies/privacy.md"));

        var text = _site.Text("privacy", "2024-05-01.en.md");
        Assert.StartsWith("---\ntitle: \"Privacy: how we use data\"\n---\n\nEffective May 1, 2024\n", text);
        Assert.DoesNotContain("layout", text);
    }

    [GitFact]
    public void Words_and_attribute_that_disagree_are_a_warning_at_the_attribute_in_the_file_at_its_commit()
    {
        var commit = _repo.Write("en/p.md", "# Notice\n\n*Effective June 30, 2023*\n{: datetime=\"2022-06-30\" }\n\nText.\n")
            .Commit("2023-06-15T10:00:00Z", "June notice");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.EffectiveDatesDisagree);
        Assert.Equal(new SourceLocation($"en/p.md@{commit[..7]}", 4, 4), warning.Location);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(["2023-06-30"], result.Report!.Versions.Select(v => LegalGen.Model.DateKey.Of(v.Date)));
    }

    [GitFact]
    public void A_stated_date_not_after_the_version_before_is_a_warning_at_the_statement_and_the_commit_dates_the_version()
    {
        _repo.Write("en/p.md", "# Notice\n\nEffective June 1, 2024\n\nOne.\n").Commit("2024-05-01T10:00:00Z", "June");
        var commit = _repo.Write("en/p.md", "# Notice\n\n  Effective May 1, 2024\n\nTwo.\n").Commit("2024-08-01T10:00:00Z", "August");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StatedDateNotAfterPrevious);
        Assert.Equal(new SourceLocation($"en/p.md@{commit[..7]}", 3, 3), warning.Location);
        Assert.Equal(["2024-06-01", "2024-08-01"], result.Report!.Versions.Select(v => LegalGen.Model.DateKey.Of(v.Date)));
        Assert.Equal(DateOrigin.StatedDateNotAfterPrevious, result.Report.Versions[1].Origin);
    }

    [GitFact]
    public void A_stated_day_no_calendar_has_is_a_warning_at_the_statement_and_dates_nothing()
    {
        var commit = _repo.Write("en/p.md", "# Notice\n\nText.\n\n**Effective April 31, 2024**\n").Commit("2024-04-20T10:00:00Z", "April");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StatedDateNotACalendarDate);
        Assert.Equal(new SourceLocation($"en/p.md@{commit[..7]}", 5, 3), warning.Location);
        Assert.Equal(DateOrigin.CommitDate, result.Report!.Versions[0].Origin);
        Assert.Equal(new DateOnly(2024, 4, 20), result.Report.Versions[0].Date);
    }

    [GitFact]
    public void A_users_date_pattern_dates_texts_the_built_in_patterns_do_not_read()
    {
        _repo.Write("en/p.md", "# Notice\n\nVersion 3 — valid from 4/5/2026 (day/month/year)\n").Commit("2026-04-01T10:00:00Z", "v3");

        var result = _site.Import(new ImportRequest(_repo.Root, "p", [new FileToImport("en", "en/p.md")], "",
            DatePatterns: [@"valid from (?<day>\d+)/(?<month>\d+)/(?<year>\d{4})"]));

        Assert.Equal(new DateOnly(2026, 5, 4), result.Report!.Versions[0].Date);
        Assert.Equal(StatementKind.Pattern, result.Report.Versions[0].Statement!.Kind);
    }

    [GitFact]
    public void A_date_pattern_that_searches_without_end_stops_the_import_with_a_usage_error()
    {
        _repo.Write("en/p.md", "# Notice\n\n" + new string('x', 40) + "\n").Commit("2026-04-01T10:00:00Z", "v1");

        var result = _site.Import(new ImportRequest(_repo.Root, "p", [new FileToImport("en", "en/p.md")], "", DatePatterns: ["(?<date>(x+x+)+y)"]));

        Assert.Null(result.Report);
        Assert.Equal(UsageInput.DatePattern, Assert.Single(result.UsageError!.Inputs));
        Assert.Contains("took too long", result.UsageError.Message);
        Assert.False(Directory.Exists(Path.Combine(_site.Content, "p")));
    }

    [GitFact]
    public void Importing_again_writes_nothing_and_a_new_commit_adds_only_what_is_new()
    {
        MakePrivacyHistory();
        ImportPrivacy();
        var record = File.ReadAllBytes(Path.Combine(_site.Content, "privacy", ImportRecord.FileName));
        var written = Directory.EnumerateFiles(Path.Combine(_site.Content, "privacy")).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = ImportPrivacy();

        Assert.All(again.Report!.Versions.SelectMany(v => v.Files), f => Assert.Equal(FileOutcome.Unchanged, f.Outcome));
        Assert.Equal(record, File.ReadAllBytes(Path.Combine(_site.Content, "privacy", ImportRecord.FileName)));
        Assert.All(written, w => Assert.Equal(w.Value, File.GetLastWriteTimeUtc(w.Key)));

        _repo.Write("legal/en/privacy.md", "# Privacy Notice\n\nEffective September 1, 2025\n\nWe keep no server logs.\n").Commit("2025-08-01T10:00:00+02:00", "No logs");
        var next = ImportPrivacy();

        var changed = next.Report!.Versions.SelectMany(v => v.Files).Where(f => f.Outcome != FileOutcome.Unchanged).Select(f => f.Path).Order().ToList();
        Assert.Equal(["privacy/2025-09-01.de.md", "privacy/2025-09-01.en.md", "privacy/2025-09-01.pl.md"], changed);
    }

    [GitFact]
    public void The_imports_own_files_follow_the_history_and_an_edited_one_is_kept_while_the_history_gives_it_nothing_new()
    {
        MakePrivacyHistory();
        ImportPrivacy();
        var edited = Path.Combine(_site.Content, "privacy", "2024-06-01.en.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("summary: \"Shorten log retention\"", "summary: \"Server logs are kept for 12 months.\""));

        // The Polish translation of the March version changes: the import's own file is brought up to date.
        _repo.Write("pl/privacy.md", "# Polityka prywatności\n\nData wejścia w życie: 1 marca 2025 r.\n\nPrzechowujemy logi serwera przez 3 miesiące.\n")
            .Commit("2025-03-20T10:00:00+01:00", "Translate the March update");
        var result = ImportPrivacy();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Report!.Versions.SelectMany(v => v.Files).ToDictionary(f => f.Path, f => f.Outcome);
        Assert.Equal(FileOutcome.KeptEdited, files["privacy/2024-06-01.en.md"]);
        Assert.Equal(FileOutcome.Updated, files["privacy/2025-03-01.pl.md"]);
        Assert.Equal("2025-03-01", _site.Key("privacy", "2025-03-01.pl.md", "translation_of"));
        Assert.Contains("Server logs are kept for 12 months.", File.ReadAllText(edited));
    }

    [GitFact]
    public void An_edited_file_the_history_would_change_refuses_the_import_at_that_file_and_nothing_is_written()
    {
        MakePrivacyHistory();
        ImportPrivacy();
        var edited = Path.Combine(_site.Content, "privacy", "2025-03-01.en.md");
        File.AppendAllText(edited, "\nA sentence the lawyer added.\n");
        _repo.Write("legal/en/privacy.md", "# Privacy Notice\n\nEffective March 1, 2025\n\nWe keep our server logs for 3 months, then delete them.\n")
            .Commit("2025-03-10T18:00:00+01:00", "Same-day correction");
        _repo.Write("legal/en/privacy.md", "# Privacy Notice\n\nEffective September 1, 2025\n\nWe keep no server logs.\n").Commit("2025-08-01T10:00:00+02:00", "No logs");
        var before = Snapshot();

        var result = ImportPrivacy();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ImportedFileChanged, error.Code);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.en.md", 1, 1), error.Location);
        Assert.Equal(before, Snapshot());
    }

    [GitFact]
    public void A_file_not_written_by_an_import_is_never_overwritten()
    {
        _repo.Write("en/p.md", "Effective May 1, 2024\n\nText.\n").Commit("2024-05-01T09:00:00Z", "First");
        Directory.CreateDirectory(Path.Combine(_site.Content, "p"));
        File.WriteAllText(Path.Combine(_site.Content, "p", "2024-05-01.en.md"), "---\ntitle: Mine\n---\n\nMy own text.\n");

        var result = _site.Import(_repo.Root, "p", new FileToImport("en", "en/p.md"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImportedFileChanged, new SourceLocation("p/2024-05-01.en.md", 1, 1)), (error.Code, error.Location));
        Assert.Contains("My own text.", File.ReadAllText(Path.Combine(_site.Content, "p", "2024-05-01.en.md")));
        Assert.False(File.Exists(Path.Combine(_site.Content, "p", ImportRecord.FileName)));
    }

    [GitFact]
    public void A_dry_run_reports_and_writes_nothing()
    {
        MakePrivacyHistory();

        var result = _site.Import(new ImportRequest(_repo.Root, "privacy",
            [new FileToImport("en", "legal/en/privacy.md"), new FileToImport("de", "de/privacy.md")], "", DryRun: true));

        Assert.True(result.Succeeded);
        Assert.Equal(5, result.Report!.Versions.Count);
        Assert.All(result.Report.Versions.SelectMany(v => v.Files), f => Assert.Equal(FileOutcome.Written, f.Outcome));
        Assert.False(Directory.Exists(Path.Combine(_site.Content, "privacy")));
    }

    [GitFact]
    public void The_written_files_are_the_same_bytes_on_every_run()
    {
        MakePrivacyHistory();
        ImportPrivacy();
        var first = Snapshot();
        Directory.Delete(Path.Combine(_site.Content, "privacy"), recursive: true);

        ImportPrivacy();

        Assert.Equal(first, Snapshot());
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Content, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Content, f), f => Convert.ToHexString(File.ReadAllBytes(f)));
}
