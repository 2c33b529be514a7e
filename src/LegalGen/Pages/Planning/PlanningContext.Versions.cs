using System.Globalization;
using LegalGen.Html;
using LegalGen.Model;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

internal sealed partial class PlanningContext
{
    /// <summary>A version as the pages of <paramref name="language"/> show it, with links from the page at <paramref name="from"/>.</summary>
    /// <param name="withContent">False for pages that show the version without its text (the change log, a diff): no HTML, no contents.</param>
    public VersionView VersionViewOf(Policy policy, PolicyVersion version, string language, string from, PolicyTexts texts, bool withContent = true)
    {
        var timeline = TimelineOf(policy);
        var translation = version.In(language);
        var text = translation ?? version.Source;
        var document = texts.Document(text);
        var previous = timeline.Previous(version);
        var next = timeline.Next(version);
        var current = timeline.LastInForce;
        var translated = translation is null
            ? policy.Versions.TakeWhile(v => v.Date < version.Date).LastOrDefault(v => v.In(language) is not null)
            : null;
        return new VersionView
        {
            Date = version.Key,
            LastDay = DateKey.Of(timeline.LastDayInForce(version)),
            Status = timeline.StatusOf(version),
            IsEditorial = version.IsEditorial,
            Published = DateKey.Of(timeline.AnnouncedOn(version)),
            Title = text.Title,
            Summary = text.Summary,
            Changes = [.. text.Changes],
            TextLang = text.Language,
            TextLangName = MarkedNameOf(text.Language),
            TextDir = LanguageNames.DirectionOf(text.Language),
            IsFallback = translation is null,
            Translated = translated is null ? null : Link(from, language, policy, translated),
            TranslationOf = TranslationBasisOf(policy, version, language, from),
            Url = SiteUrls.Relative(from, SiteUrls.Version(language, policy.Slug, version.Key)),
            Permalink = BaseUrl is null ? "/" + SiteUrls.Pretty(SiteUrls.Version(language, policy.Slug, version.Key)) : SiteUrls.Absolute(BaseUrl, SiteUrls.Pretty(SiteUrls.Version(language, policy.Slug, version.Key))),
            Previous = previous is null ? null : Link(from, language, policy, previous),
            Next = next is null ? null : Link(from, language, policy, next),
            DiffUrl = previous is null ? null : SiteUrls.Relative(from, DiffPath(language, policy, previous, version)),
            SinceUrl = current is null || current.Date == version.Date ? null : SiteUrls.Relative(from, DiffPath(language, policy, version, current)),
            Sha256 = text.Sha256,
            PdfUrl = HasPdfs ? SiteUrls.Relative(from, SiteUrls.VersionPdf(text.Language, policy.Slug, version.Key)) : null,
            Content = new RawHtml(withContent ? AnchorLinks.Add(document.Html, StringsIn(language).Get("anchor_link")) : ""),
            Toc = withContent ? [.. document.Toc] : [],
            Contents = withContent ? ContentsPlanner.Plan(document.Toc) : TableOfContents.Empty,
            ParallelUrl = HasParallel(version, language) ? SiteUrls.Relative(from, SiteUrls.Parallel(language, policy.Slug, version.Key)) : null,
            Parallels = language == version.SourceLanguage
                ? Settings.Languages
                    .Where(l => HasParallel(version, l))
                    .Select(l => new LanguageLink(l, NameOf(l), LanguageNames.DirectionOf(l), SiteUrls.Relative(from, SiteUrls.Parallel(l, policy.Slug, version.Key)), false))
                    .ToList()
                : [],
        };
    }

    /// <summary>A translation (not the binding text itself) can be read beside the binding text.</summary>
    public static bool HasParallel(PolicyVersion version, string language) =>
        language != version.SourceLanguage && version.In(language) is not null;
}
