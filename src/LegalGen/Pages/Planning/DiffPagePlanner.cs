using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;
using LegalGen.Redline.Writers;

namespace LegalGen.Pages.Planning;

/// <summary>
/// Plans the diff page of a pair of versions in a language both are translated into (or the binding language): the
/// redline of their texts, computed once per policy (<see cref="PolicyTexts"/>). A translation's page links to the
/// same pair in the binding language, and says so where the binding text changed and the translation did not follow.
/// The binding language's page is also the page of every language that lacks one of the two translations: it says
/// so to their readers, each in their own language, and its language switcher sends them to their change log.
/// </summary>
internal static class DiffPagePlanner
{
    public static DiffPage Plan(PlanningContext context, Policy policy, DiffPair pair, string language, PolicyTexts texts)
    {
        var (older, newer) = (pair.From, pair.To);
        var path = SiteUrls.Diff(language, policy.Slug, older.Key, newer.Key);
        var (from, to) = PolicyTexts.TextsFor(older, newer, language);
        var redline = texts.Diff(from, to);
        var ui = context.StringsIn(language);
        var labels = RedlineStrings.Labels(ui) with
        {
            OlderText = SiteUrls.Relative(path, SiteUrls.Version(from.Language, policy.Slug, older.Key)),
            NewerText = SiteUrls.Relative(path, SiteUrls.Version(to.Language, policy.Slug, newer.Key)),
        };
        var current = context.TimelineOf(policy).Current;
        var sections = context.Sections(redline, from.Language, path, path, language);
        var view = new DiffView
        {
            From = context.VersionViewOf(policy, older, language, path, texts, withContent: false),
            To = context.VersionViewOf(policy, newer, language, path, texts, withContent: false),
            TextLang = from.Language,
            TextLangName = context.MarkedNameOf(from.Language),
            FallbackNotes = language == older.SourceLanguage ? FallbackNotes(context, older, newer) : [],
            TranslationNotUpdated = Policy.TranslationNotUpdated(older, newer, language),
            BindingLang = older.SourceLanguage,
            BindingLangName = context.MarkedNameOf(older.SourceLanguage),
            BindingDiffUrl = language == older.SourceLanguage
                ? null
                : SiteUrls.Relative(path, SiteUrls.Diff(older.SourceLanguage, policy.Slug, older.Key, newer.Key)),
            Stats = redline.Statistics,
            CountUnit = CountedUnits.Of(from.Language),
            Sections = sections,
            SectionsNumbered = !HeadingNumbers.CarriedByAny(sections.Select(s => s.Title)),
            Redline = RedlineViews.Inline(redline, labels, includeUnchanged: true),
            CompareUrl = SiteUrls.Relative(path, SiteUrls.Compare(language, policy.Slug)),
            CurrentDiffUrl = current is not null && current.Date != older.Date && current.Date != newer.Date
                ? SiteUrls.Relative(path, context.DiffPath(language, policy, older, current))
                : null,
        };
        var info = context.PolicyInfoOf(policy, language, path);
        // A language without both translations has no page of this pair: its readers use the binding language's,
        // and from there the switcher takes them to their change log.
        bool HasPage(string l) => DiffPairs.PageLanguage(older, newer, l) == l;
        var frame = context.Frame(PageKind.Diff, language, path, info.Title,
            l => HasPage(l) ? SiteUrls.Diff(l, policy.Slug, older.Key, newer.Key) : language == older.SourceLanguage ? SiteUrls.Changes(l, policy.Slug) : SiteUrls.Diff(older.SourceLanguage, policy.Slug, older.Key, newer.Key),
            context.PolicyFeedLinks(path, language, policy), HasPage);
        return new DiffPage(frame, info, view);
    }

    /// <summary>For each language whose readers are sent to the binding language's page of this pair: why, in that language.</summary>
    private static List<LanguageNote> FallbackNotes(PlanningContext context, PolicyVersion older, PolicyVersion newer) => context.Settings.Languages
        .Where(l => DiffPairs.PageLanguage(older, newer, l) != l)
        .Select(l => new LanguageNote(l, LanguageNames.DirectionOf(l), context.NameOf(l), context.StringsIn(l).Text("diff_fallback", context.MarkedNameOf(older.SourceLanguage))))
        .ToList();
}
