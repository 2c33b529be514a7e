using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalGen.Model;
using LegalGen.Tests.Support;
using LegalGen.Timeline;

namespace LegalGen.Tests.Pages;

/// <summary>
/// The date picker's script (<c>assets/point-in-time.js</c>), run in Node.js on the data the built pages carry, answers
/// every day of a table as the build's timeline (<see cref="VersionTimeline.InForceOn"/>) does: corrections, withdrawals
/// done and announced, days before the first version and after the as-of date. (check-site.mjs runs it in Chromium
/// against the change log's table.)
/// </summary>
public sealed class PointInTimeScriptTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TestSite _site = PointInTimeSite.Create();

    public void Dispose() => _site.Dispose();

    /// <summary>Runs the site's script in Node.js: for each case (a page's pit-data), the answer and the description of each day.</summary>
    private const string Harness = """
        const vm = require("vm"), fs = require("fs");
        const input = JSON.parse(fs.readFileSync(0, "utf8"));
        const context = vm.createContext({});
        vm.runInContext(fs.readFileSync(input.script, "utf8"), context);
        const pit = vm.runInContext("LegalGenPointInTime", context);
        const out = input.cases.map((c) => c.days.map((day) => {
          const a = pit.answer(c.data, day);
          return a && { kind: a.kind, version: a.version.date, url: a.version.url, afterAsOf: a.afterAsOf,
            date: pit.formatDate(c.data, day), text: pit.describe(c.data, day).map(pit.text).join(" ") };
        }));
        process.stdout.write(JSON.stringify(out));
        """;

    private sealed record Answer(string Kind, string Version, string Url, bool AfterAsOf, string Date, string Text);

    private List<List<Answer?>> RunScript(IReadOnlyList<(JsonNode Data, IReadOnlyList<string> Days)> cases)
    {
        var harness = Path.Combine(_site.Root, "harness.cjs");
        File.WriteAllText(harness, Harness);
        var input = new JsonObject
        {
            ["script"] = Path.Combine(_site.OutputDirectory, "assets", "point-in-time.js"),
            ["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
            {
                ["data"] = c.Data.DeepClone(),
                ["days"] = new JsonArray(c.Days.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
            }).ToArray()),
        };
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(harness);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input.ToJsonString());
        node.StandardInput.Close();
        if (!node.WaitForExit(Timeout))
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail($"node did not finish within {Timeout.TotalMinutes} minutes");
        }

        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node failed (exit {node.ExitCode}):\n{stderr.Result}");
        return JsonSerializer.Deserialize<List<List<Answer?>>>(stdout.Result, Json)!;
    }

    private static JsonNode DataOf(TestSite site, string page) =>
        JsonNode.Parse(site.Page(page).QuerySelector("#pit-data")?.TextContent ?? throw new InvalidOperationException($"{page} has no #pit-data"))!;

    private static string Key(DateOnly day) => DateKey.Of(day);

    /// <summary>Every day where something changes, the day before and after it, and days far away.</summary>
    private static List<string> DaysToAsk(Site content, DateOnly asOf)
    {
        var edges = content.Policies.SelectMany(p => p.Versions.Select(v => v.Date).Concat(p.WithdrawnOn is { } w ? [w] : [])).Append(asOf);
        return edges
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Concat([new DateOnly(1900, 1, 1), new DateOnly(2024, 2, 29), new DateOnly(2999, 12, 31)])
            .Distinct()
            .Order()
            .Select(Key)
            .ToList();
    }

    [NodeFact]
    public void The_script_answers_every_day_on_every_page_with_a_picker_as_the_timeline_does()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);
        var content = ContentLoad.Load(_site).Site!;
        var asOf = DateOnly.ParseExact(PointInTimeSite.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = DaysToAsk(content, asOf);
        var pages = (
            from policy in content.Policies
            from language in new[] { "pl", "en" }
            from path in new[] { "", "changes/", policy.Versions[0].Key + "/", policy.Versions[^1].Key + "/" }.Distinct()
            select (Policy: policy, Language: language, Page: $"{language}/{policy.Slug}/{path}index.html")).ToList();

        var answers = RunScript(pages.Select(p => (DataOf(_site, p.Page), (IReadOnlyList<string>)days)).ToList());

        var disagreements = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (policy, language, page) = pages[i];
            var timeline = new VersionTimeline(policy, asOf);
            var changeLogDates = _site.Page($"{language}/{policy.Slug}/changes/index.html").QuerySelectorAll(".in-force-table time")
                .ToDictionary(t => t.GetAttribute("datetime")!, t => t.TextContent);
            for (var j = 0; j < days.Count; j++)
            {
                var expected = timeline.InForceOn(DateOnly.ParseExact(days[j], "yyyy-MM-dd", CultureInfo.InvariantCulture));
                var kind = expected.Kind switch
                {
                    PointInTimeKind.NotYetInForce => "not-yet",
                    PointInTimeKind.InForce => "in-force",
                    _ => "withdrawn",
                };
                var actual = answers[i][j];
                if (actual is null || (actual.Kind, actual.Version, actual.AfterAsOf) != (kind, expected.Version.Key, expected.IsAfterAsOf))
                {
                    disagreements.Add($"{page} {days[j]}: timeline {kind} {expected.Version.Key} (after as-of: {expected.IsAfterAsOf}), script {actual}");
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(_site.OutputDirectory, Path.GetDirectoryName(page)!, actual.Url));
                if (target != Path.Combine(_site.OutputDirectory, language, policy.Slug, expected.Version.Key, "index.html") || !File.Exists(target))
                    disagreements.Add($"{page} {days[j]}: the script links {actual.Url}, not the {language} page of {expected.Version.Key}");
                if (changeLogDates.TryGetValue(days[j], out var written) && written != actual.Date)
                    disagreements.Add($"{page} {days[j]}: the script writes the date '{actual.Date}', the change log '{written}'");
                if (!actual.Text.Contains(actual.Date, StringComparison.Ordinal))
                    disagreements.Add($"{page} {days[j]}: the answer does not name the day asked: {actual.Text}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(pages.Count * days.Count > 300, "the table asks enough days");
    }

    [NodeFact]
    public void The_answers_say_in_the_readers_language_what_applied_and_what_was_only_announced()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);
        string[] days = ["2024-03-03", "2025-05-01", "2022-12-31", "2026-10-01", "2025-10-01", "2027-05-01", "2020-01-01", "2024-02-30", "3 March"];
        var cases = new[] { "en/privacy/2023-03-01/index.html", "en/terms/index.html", "en/retired/changes/index.html", "en/future/index.html", "pl/privacy/changes/index.html" }
            .Select(p => (DataOf(_site, p), (IReadOnlyList<string>)days))
            .ToList();

        var answers = RunScript(cases);

        string Text(int page, string day) => answers[page][Array.IndexOf(days, day)]?.Text ?? "(no answer)";
        Assert.Equal("Text in force on March 3, 2024: the editorial correction effective February 10, 2024.", Text(0, "2024-03-03"));
        Assert.Equal("Text in force on May 1, 2025: the version of May 1, 2025.", Text(0, "2025-05-01"));
        Assert.Equal("No version in force on December 31, 2022: the first one, the version of March 1, 2023, took effect later.", Text(0, "2022-12-31"));
        Assert.Equal(
            "Text in force on October 1, 2026: the version of September 1, 2026. It is not yet in force: it takes effect on September 1, 2026. "
            + "October 1, 2026 is after January 1, 2026, the date this page's status was computed: this is what had been announced by then, and a later change may have been announced since.",
            Text(0, "2026-10-01"));
        Assert.StartsWith(
            "No version in force on May 1, 2027: the document is to be withdrawn on March 1, 2027. The last version in force will be the version of April 1, 2026.",
            Text(1, "2027-05-01"));
        Assert.Equal("No version in force on October 1, 2025: the document was withdrawn on September 1, 2025. The last version in force was the version of June 1, 2024.", Text(2, "2025-10-01"));
        Assert.Equal("No version in force on January 1, 2020: the first one, the version of July 1, 2026, takes effect later.", Text(3, "2020-01-01"));
        Assert.Equal("Tekst obowiązujący w dniu 3 marca 2024: poprawka redakcyjna obowiązująca od 10 lutego 2024.", Text(4, "2024-03-03"));
        Assert.Null(answers[0][Array.IndexOf(days, "2024-02-30")]);
        Assert.Null(answers[0][Array.IndexOf(days, "3 March")]);
    }
}
