using LegalGen.Html;
using LegalGen.Model;
using LegalGen.Pages.Comparison;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>
/// Plans a policy's compare page: two version selects, and a table of every ordered pair of versions linking the pairs
/// that have a diff page (<see cref="DiffPairs"/>; the binding language's where a translation is missing); with the
/// site's engine, the page's script compares any other pair in the reader's browser (<see cref="CompareScriptData"/>).
/// </summary>
internal static class ComparePagePlanner
{
    public static ComparePage Plan(PlanningContext context, Policy policy, string language)
    {
        var path = SiteUrls.Compare(language, policy.Slug);
        var timeline = context.TimelineOf(policy);
        var pairs = DiffPairs.For(timeline).Select(p => (p.From.Date, p.To.Date)).ToHashSet();
        var versions = policy.Versions.Select(v => context.Link(path, language, policy, v)).ToList();
        var rows = policy.Versions
            .Select(from => new CompareRow(
                context.Link(path, language, policy, from),
                policy.Versions
                    .Select(to => pairs.Contains((from.Date, to.Date)) ? SiteUrls.Relative(path, DiffPairs.PathFor(timeline, from, to, language)) : null)
                    .ToList()))
            .Where(row => row.Urls.Any(u => u is not null))
            .ToList();
        var info = context.PolicyInfoOf(policy, language, path);
        var frame = context.Frame(PageKind.Compare, language, path, info.Title, l => SiteUrls.Compare(l, policy.Slug), context.PolicyFeedLinks(path, language, policy));
        var ui = context.StringsIn(language);
        var binding = context.Settings.DefaultLanguage;
        var data = CompareScriptData.Json(
            context.HasCompareEngine ? SiteUrls.Relative(path, SiteUrls.CompareEngineScript) : null,
            policy.Slug,
            language,
            context.NameOf(language),
            binding,
            context.NameOf(binding),
            SiteUrls.Relative(path, SiteUrls.Compare(binding, policy.Slug)),
            policy.Versions.Select(v => new CompareScriptData.Version(
                v.Key,
                ui.Date(v.Date),
                v.In(language) is not null,
                SiteUrls.Relative(path, SiteUrls.Version(language, policy.Slug, v.Key)),
                SiteUrls.Relative(path, SiteUrls.Version(v.SourceLanguage, policy.Slug, v.Key)),
                v.In(language)?.WordingDigest[..16],
                v.Source.WordingDigest[..16],
                DateKey.Of(v.BasisOf(language)))).ToList(),
            policy.Versions.SelectMany(from => policy.Versions
                    .Where(to => pairs.Contains((from.Date, to.Date)))
                    .Select(to => KeyValuePair.Create($"{from.Key}..{to.Key}", SiteUrls.Relative(path, DiffPairs.PathFor(timeline, from, to, language)))))
                .ToList(),
            ui);
        var view = new CompareView(versions, rows, pairs.Count, SiteUrls.Relative(path, SiteUrls.Asset("compare.js")), new RawHtml(data), context.HasCompareEngine);
        return new ComparePage(frame, info, view);
    }
}
