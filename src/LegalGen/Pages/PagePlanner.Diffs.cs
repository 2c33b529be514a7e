using LegalGen.Html;
using LegalGen.Localization;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Model;
using LegalGen.Pages.Views;

namespace LegalGen.Pages;

public sealed partial class PagePlanner
{
    private PlannedPage DiffPage(Policy policy, DiffPair pair, string language, PolicyTexts texts)
    {
        var (older, newer) = (pair.From, pair.To);
        var path = SiteUrls.Diff(language, policy.Slug, older.Key, newer.Key);
        var (from, to, fallback) = PolicyTexts.TextsFor(older, newer, language);
        var redline = texts.Diff(from, to);
        var ui = strings[language];
        var labels = LabelsFor(ui);
        var current = timelines[policy.Slug].Current;
        var currentDiff = current is not null && current.Date != older.Date && current.Date != newer.Date
            ? SiteUrls.Relative(path, DiffPath(language, policy, older, current))
            : null;
        var view = new DiffView(
            VersionViewOf(policy, older, language, path, texts, withContent: false),
            VersionViewOf(policy, newer, language, path, texts, withContent: false),
            from.Language,
            NameOf(from.Language),
            fallback,
            redline.Statistics,
            Sections(redline, from.Language, path, path, language),
            new RawHtml(new RedlineHtmlWriter(labels, includeUnchanged: pair.IsFull).Write(redline)),
            new RawHtml(new RedlineSideBySideWriter(labels).Write(redline, ui.Get("diff_version_of", ui.Date(older.Date)), ui.Get("diff_version_of", ui.Date(newer.Date)))),
            !pair.IsFull,
            SiteUrls.Relative(path, SiteUrls.Compare(language, policy.Slug)),
            currentDiff);
        var info = PolicyInfoOf(policy, language, path);
        var data = Data("diff", language, path, info.Title, l => SiteUrls.Diff(l, policy.Slug, older.Key, newer.Key), PolicyFeedLinks(path, language, policy));
        data.SetValue("policy", info, readOnly: true);
        data.SetValue("diff", view, readOnly: true);
        return new PlannedPage(path, "diff", language, data);
    }

    private PlannedPage ComparePage(Policy policy, string language)
    {
        var path = SiteUrls.Compare(language, policy.Slug);
        var timeline = timelines[policy.Slug];
        var pairs = DiffPairs.For(timeline).Select(p => (p.From.Date, p.To.Date)).ToHashSet();
        var versions = policy.Versions.Select(v => Link(path, language, policy, v)).ToList();
        var rows = policy.Versions
            .Select(from => new CompareRow(
                Link(path, language, policy, from),
                policy.Versions
                    .Select(to => pairs.Contains((from.Date, to.Date)) ? SiteUrls.Relative(path, SiteUrls.Diff(language, policy.Slug, from.Key, to.Key)) : null)
                    .ToList()))
            .Where(row => row.Urls.Any(u => u is not null))
            .ToList();
        var info = PolicyInfoOf(policy, language, path);
        var data = Data("compare", language, path, info.Title, l => SiteUrls.Compare(l, policy.Slug), PolicyFeedLinks(path, language, policy));
        data.SetValue("policy", info, readOnly: true);
        data.SetValue("compare", new CompareView(versions, rows, pairs.Count), readOnly: true);
        return new PlannedPage(path, "compare", language, data);
    }

    private static RedlineLabels LabelsFor(InterfaceStrings ui) => new(
        ui.Get("diff_deleted_label"),
        ui.Get("diff_inserted_label"),
        ui.Get("diff_moved_away_label"),
        ui.Get("diff_moved_here_label"),
        n => ui.Plural("diff_folded", n),
        n => ui.Get("diff_moved_to", n),
        n => ui.Get("diff_moved_from", n),
        (n, total) => ui.Get("diff_change_of", n, total),
        ui.Get("diff_previous_change"),
        ui.Get("diff_next_change"));
}
