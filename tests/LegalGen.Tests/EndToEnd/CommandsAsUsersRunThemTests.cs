using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// Every verb run as a separate process the way the README and <c>--help</c> tell a user to: from a repository
/// folder, with its defaults, with and without a <c>templates/</c> folder, with relative and absolute
/// <c>--content</c>; its exit code and what it prints. (SOURCE_DATE_EPOCH fixes "today" at 2026-01-01.)
/// </summary>
public partial class CommandsAsUsersRunThemTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_with_no_options_writes_the_site_and_prints_where_it_is(bool withTemplates)
    {
        using var repo = new SampleRepository(withTemplates);

        var result = repo.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^Built 2 policies, 5 versions, 2 languages: \d+ pages in \d+ ms \(as of 2026-01-01\)\.\n", result.Out);
        Assert.Contains("Open " + Path.Combine(repo.Site, "index.html"), result.Out);
        Assert.True(File.Exists(Path.Combine(repo.Site, "pl", "privacy", "index.html")));
        Assert.Empty(result.Err);
    }

    [Theory]
    [InlineData("th_TH.UTF-8")]
    [InlineData("ar_SA.UTF-8")]
    [InlineData("fa_IR.UTF-8")]
    public void The_dates_the_commands_print_do_not_depend_on_the_machines_culture(string locale)
    {
        using var repo = new SampleRepository(withTemplates: false);

        var build = CliProcess.Run(repo.Root, ["build"], ("SOURCE_DATE_EPOCH", "1767225600"), ("LC_ALL", locale), ("LANG", locale));
        var check = CliProcess.Run(repo.Root, ["check"], ("SOURCE_DATE_EPOCH", "1767225600"), ("LC_ALL", locale), ("LANG", locale));

        Assert.Contains("(as of 2026-01-01)", build.Out);
        Assert.Contains("(as of 2026-01-01)", check.Out);
    }

    [Fact]
    public void New_starts_a_new_policy_on_the_as_of_date_or_SOURCE_DATE_EPOCH()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var fromEpoch = repo.Run("new", "cookies");
        var fromOption = repo.Run("new", "refunds", "--as-of", "2027-03-15");

        Assert.True(fromEpoch.ExitCode == 0, fromEpoch.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Content, "cookies", "2026-01-01.pl.md")), fromEpoch.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Content, "refunds", "2027-03-15.pl.md")), fromOption.ToString());
    }

    [Fact]
    public void Build_uses_the_repositorys_templates_folder_when_there_is_one()
    {
        using var repo = new SampleRepository(withTemplates: true);
        var layout = Path.Combine(repo.Templates, "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<body", "<!-- the repository's own layout -->\n<body"));

        Assert.Equal(0, repo.Run("build").ExitCode);

        Assert.Contains("the repository's own layout", File.ReadAllText(Path.Combine(repo.Site, "index.html")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_takes_a_relative_or_an_absolute_content_folder_and_output(bool absolute)
    {
        using var repo = new SampleRepository(withTemplates: false);
        Directory.Move(repo.Content, Path.Combine(repo.Root, "legal"));
        var content = absolute ? Path.Combine(repo.Root, "legal") : "legal";
        var output = absolute ? Path.Combine(repo.Root, "public") : "public";

        var result = repo.Run("build", "--content", content, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Root, "public", "en", "terms", "index.html")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_with_no_options_finds_nothing_wrong_in_the_sample_and_writes_nothing(bool withTemplates)
    {
        using var repo = new SampleRepository(withTemplates);

        var result = repo.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nothing was written", result.Out);
        Assert.False(Directory.Exists(repo.Site));
    }

    [Fact]
    public void Check_and_build_exit_1_on_a_content_error_with_its_place_and_leave_the_site()
    {
        using var repo = new SampleRepository(withTemplates: false);
        Assert.Equal(0, repo.Run("build").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(repo.Site, "index.html"));
        var file = Path.Combine(repo.Content, "privacy", "2025-02-01.en.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("summary:", "sumary:"));

        var check = repo.Run("check");
        var build = repo.Run("build");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("privacy/2025-02-01.en.md:3:1: error LG009: unknown key 'sumary'", build.Err);
        Assert.Contains("Build failed; nothing was written, and '_site' is as it was.", build.Err);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(repo.Site, "index.html")));
    }

    [Fact]
    public void New_scaffolds_the_next_version_in_every_language()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var result = repo.Run("new", "terms", "--date", "2027-10-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Content, "terms", "2027-10-01.pl.md")));
        Assert.True(File.Exists(Path.Combine(repo.Content, "terms", "2027-10-01.en.md")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Diff_prints_the_redline_of_two_versions(bool absoluteContent)
    {
        using var repo = new SampleRepository(withTemplates: false);
        string[] content = absoluteContent ? ["--content", repo.Content] : [];

        var result = repo.Run(["diff", "privacy", "2023-03-01", "2025-02-01", .. content]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("privacy: 2023-03-01 → 2025-02-01 (pl)", result.Out);
        Assert.Matches(@"\[-[^\]]+-\]|\{\+[^}]+\+\}", result.Out);
    }

    [Fact]
    public void Diff_marks_moved_text_where_it_left_and_where_it_arrived_and_counts_it()
    {
        using var repo = new SampleRepository(withTemplates: false);
        const string Moving = "Dane osobowe przechowujemy wyłącznie tak długo, jak wymaga tego prawo.";
        File.WriteAllText(Path.Combine(repo.Content, "terms", "2027-10-01.pl.md"),
            $"---\ntitle: Regulamin\nsummary: Nowa kolejność.\n---\n\n## Zakres\n\n{Moving}\n\nRegulamin dotyczy strony.\n\n## Kontakt\n\nPisz do nas.\n");
        File.WriteAllText(Path.Combine(repo.Content, "terms", "2028-01-01.pl.md"),
            $"---\ntitle: Regulamin\nsummary: Przeniesione.\n---\n\n## Zakres\n\nRegulamin dotyczy strony.\n\n## Kontakt\n\nPisz do nas.\n\n{Moving.Replace("prawo", "ustawa")}\n");

        var text = repo.Run("diff", "terms", "2027-10-01", "2028-01-01");
        var json = repo.Run("diff", "terms", "2027-10-01", "2028-01-01", "--format", "json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("{=" + Moving + "=} (moved away: move 1)", text.Out);
        var arrived = text.Out.Split('\n').Single(l => l.EndsWith("(moved here: move 1)", StringComparison.Ordinal));
        Assert.StartsWith("{=Dane osobowe przechowujemy wyłącznie tak długo, jak wymaga tego=} [-prawo", arrived);
        Assert.Contains("{+ustawa", arrived);
        Assert.Contains("1 block changed (0 modified, 0 inserted, 0 deleted, 1 moved): 1 word inserted, 1 word deleted.", text.Out);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var model = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal(1, model.RootElement.GetProperty("statistics").GetProperty("blocksMoved").GetInt32());
    }

    [Fact]
    public void Diff_compares_a_version_just_made_by_new_whose_summary_is_still_empty_while_check_asks_for_it()
    {
        using var repo = new SampleRepository(withTemplates: false);
        Assert.Equal(0, repo.Run("new", "terms", "--date", "2027-10-01").ExitCode);
        var file = Path.Combine(repo.Content, "terms", "2027-10-01.pl.md");
        File.WriteAllText(file, File.ReadAllText(file) + "\nNowe zdanie.\n");

        var diff = repo.Run("diff", "terms", "2025-06-01", "2027-10-01");
        var check = repo.Run("check");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Contains("{+Nowe zdanie.+}", diff.Out);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("terms/2027-10-01.pl.md:", check.Err);
        Assert.Contains("error LG018: 'summary' is empty", check.Err);
    }

    [Fact]
    public void Diff_of_a_text_nested_past_the_limit_exits_1_with_the_located_error_check_gives()
    {
        using var repo = new SampleRepository(withTemplates: false);
        var file = Path.Combine(repo.Content, "terms", "2025-06-01.pl.md");
        File.AppendAllText(file, "\n" + new string('>', 200) + " deep\n");

        var diff = repo.Run("diff", "terms", "2024-01-15", "2025-06-01");
        var check = repo.Run("check");

        Assert.True(diff.ExitCode == 1, diff.ToString());
        Assert.Contains("terms/2025-06-01.pl.md:", diff.Err);
        Assert.Contains("error LG024", diff.Err);
        Assert.Contains("error LG024", check.Err);
    }

    [Theory]
    [InlineData("build", "--as-of", "2026-13-01")]
    [InlineData("build", "--no-such-option")]
    [InlineData("diff", "privacy", "2023-03-01", "1999-01-01")]
    [InlineData("no-such-verb")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        using var repo = new SampleRepository(withTemplates: false);

        var result = repo.Run(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error:", result.Err);
    }

    [Theory]
    [InlineData("(--output, e.g. --output _site)", "build", "--output", "content")]
    [InlineData("(--output, --force)", "build", "--output", "notes")]
    [InlineData("(--base-url, e.g. --base-url https://legal.example.com/)", "build", "--base-url", "https://x.example/?q")]
    [InlineData("(--date, e.g. --date 2025-07-01)", "new", "terms")]
    [InlineData("(<policy>, e.g. privacy-policy)", "new", "Privacy Policy", "--date", "2027-01-01")]
    [InlineData("(<from>, <to>)", "diff", "privacy", "2025-02-01", "2023-03-01")]
    public void A_usage_error_names_the_option_or_argument_to_change(string named, params string[] arguments)
    {
        using var repo = new SampleRepository(withTemplates: false);
        Directory.CreateDirectory(Path.Combine(repo.Root, "notes"));
        File.WriteAllText(Path.Combine(repo.Root, "notes", "mine.txt"), "not LegalGen's");

        var result = repo.Run(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(named, result.Err);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("new")]
    [InlineData("diff")]
    [InlineData("serve")]
    public void Every_verb_has_help(string verb)
    {
        using var repo = new SampleRepository(withTemplates: false);

        var result = repo.Run(verb, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--content", result.Out);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Serve_with_no_options_starts_answers_rebuilds_on_a_save_and_stops_on_ctrl_c(bool withTemplates)
    {
        if (OperatingSystem.IsWindows()) return;
        using var repo = new SampleRepository(withTemplates);
        using var serve = CliProcess.Start(repo.Root, ["serve", "--port", "0"], ("SOURCE_DATE_EPOCH", "1767225600"));
        var output = new Support.ThreadSafeStringWriter();
        var errors = new Support.ThreadSafeStringWriter();
        serve.OutputDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine(e.Data); };
        serve.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.WriteLine(e.Data); };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            var address = new Uri(await Until(() => AddressPattern().Match(output.ToString()) is { Success: true } m ? m.Groups[1].Value : null, serve, output, errors));
            using var http = new HttpClient { BaseAddress = address, Timeout = CliProcess.Timeout };

            var page = await http.GetStringAsync("pl/privacy/index.html");
            Assert.Contains("Polityka", page);
            Assert.Contains(withTemplates ? "Watching 'content' and 'templates'" : "Watching 'content' (with the built-in templates)", output.ToString());

            var file = Path.Combine(repo.Content, "terms", "2025-06-01.pl.md");
            File.WriteAllText(file, File.ReadAllText(file) + "\nZdanie dodane przy podglądzie.\n");
            await Until(async () => (await http.GetStringAsync("pl/terms/index.html")).Contains("Zdanie dodane przy podglądzie") ? "" : null, serve, output, errors);
        }
        finally
        {
            using (Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!) { }
            if (!serve.WaitForExit(TimeSpan.FromSeconds(30))) serve.Kill(entireProcessTree: true);

            // Only the wait without a time limit also waits for the last lines of output to be read.
            serve.WaitForExit();
        }

        Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}\n{output}\n{errors}");
        Assert.Contains("Rebuilt after", output.ToString());
        Assert.Contains("Stopped; the temporary site was removed.", output.ToString());
    }

    private static async Task<string> Until(Func<string?> probe, Process process, object output, object errors) =>
        await Until(() => Task.FromResult(probe()), process, output, errors);

    /// <summary>Polls until <paramref name="probe"/> gives a value; fails if the process ends first or after a generous bound.</summary>
    private static async Task<string> Until(Func<Task<string?>> probe, Process process, object output, object errors)
    {
        var deadline = DateTime.UtcNow + CliProcess.Timeout;
        while (true)
        {
            string? value = null;
            try
            {
                value = await probe();
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }

            if (value is not null) return value;
            if (process.HasExited) Assert.Fail($"serve ended with {process.ExitCode}:\n{output}\n{errors}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"serve did not get there in time:\n{output}\n{errors}");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"Serving the site at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex AddressPattern();
}
