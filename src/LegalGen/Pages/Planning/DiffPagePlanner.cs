using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;
using LegalGen.Redline.Writers;

namespace LegalGen.Pages.Planning;

/// <summary>
/// Plans the diff page of a pair of versions: the redline of their texts in the page's language (or of the
/// binding texts, when either translation is missing), computed once per policy (<see cref="PolicyTexts"/>). A
/// translation's page links to the same pair in the binding language, and says so where the binding text changed
/// and the translation did not follow.
/// </summary>
internal static class DiffPagePlanner
{
    public static DiffPage Plan(PlanningContext context, Policy policy, DiffPair pair, string language, PolicyTexts texts)
    {
        var (older, newer) = (pair.From, pair.To);
        var path = SiteUrls.Diff(language, policy.Slug, older.Key, newer.Key);
        var (from, to, fallback) = PolicyTexts.TextsFor(older, newer, language);
        var redline = texts.Diff(from, to);
        var ui = context.StringsIn(language);
        var labels = RedlineStrings.Labels(ui) with
        {
            OlderText = SiteUrls.Relative(path, SiteUrls.Version(from.Language, policy.Slug, older.Key)),
            NewerText = SiteUrls.Relative(path, SiteUrls.Version(to.Language, policy.Slug, newer.Key)),
        };
        var current = context.TimelineOf(policy).Current;
        var view = new DiffView
        {
            From = context.VersionViewOf(policy, older, language, path, texts, withContent: false),
            To = context.VersionViewOf(policy, newer, language, path, texts, withContent: false),
            TextLang = from.Language,
            TextLangName = context.NameOf(from.Language),
            IsFallback = fallback,
            TranslationNotUpdated = !fallback && Policy.TranslationNotUpdated(older, newer, language),
            BindingLang = older.SourceLanguage,
            BindingLangName = context.NameOf(older.SourceLanguage),
            BindingDiffUrl = fallback || language == older.SourceLanguage
                ? null
                : SiteUrls.Relative(path, SiteUrls.Diff(older.SourceLanguage, policy.Slug, older.Key, newer.Key)),
            Stats = redline.Statistics,
            Sections = context.Sections(redline, from.Language, path, path, language),
            Redline = RedlineViews.Inline(redline, labels, includeUnchanged: pair.IsFull),
            SideBySide = RedlineViews.SideBySide(redline, ui.Get("diff_version_of", ui.Date(older.Date)), ui.Get("diff_version_of", ui.Date(newer.Date)), labels),
            IsCompact = !pair.IsFull,
            CompareUrl = SiteUrls.Relative(path, SiteUrls.Compare(language, policy.Slug)),
            CurrentDiffUrl = current is not null && current.Date != older.Date && current.Date != newer.Date
                ? SiteUrls.Relative(path, PlanningContext.DiffPath(language, policy, older, current))
                : null,
        };
        var info = context.PolicyInfoOf(policy, language, path);
        var frame = context.Frame(PageKind.Diff, language, path, info.Title, l => SiteUrls.Diff(l, policy.Slug, older.Key, newer.Key),
            context.PolicyFeedLinks(path, language, policy));
        return new DiffPage(frame, info, view);
    }
}
