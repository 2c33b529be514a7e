using LegalGen.Model;
using LegalGen.Pages.Views;
using LegalGen.Redline.Model;

namespace LegalGen.Pages.Planning;

internal sealed partial class PlanningContext
{
    /// <summary>A link from the page at <paramref name="from"/> to a version's permalink, with the link to what changed in it.</summary>
    public VersionLink Link(string from, string language, Policy policy, PolicyVersion version)
    {
        var timeline = TimelineOf(policy);
        var previous = timeline.Previous(version);
        return new VersionLink(
            version.Key,
            SiteUrls.Relative(from, SiteUrls.Version(language, policy.Slug, version.Key)),
            previous is null ? null : SiteUrls.Relative(from, DiffPath(language, policy, previous, version)),
            version.IsEditorial,
            DateKey.Of(timeline.AnnouncedOn(version)));
    }

    /// <summary>The policy a page belongs to, with links from <paramref name="from"/> to its main pages.</summary>
    public PolicyInfo PolicyInfoOf(Policy policy, string language, string from)
    {
        var timeline = TimelineOf(policy);
        return new PolicyInfo(
            policy.Slug,
            policy.TitleIn(timeline.Featured, language),
            SiteUrls.Relative(from, SiteUrls.Policy(language, policy.Slug)),
            SiteUrls.Relative(from, SiteUrls.Changes(language, policy.Slug)),
            SiteUrls.Relative(from, SiteUrls.Compare(language, policy.Slug)),
            timeline.Current is { } current ? Link(from, language, policy, current) : null,
            timeline.NextAnnounced is { } next ? Link(from, language, policy, next) : null,
            DateKey.Of(timeline.WithdrawnOn),
            timeline.IsWithdrawn,
            policy.TitleLanguageIn(timeline.Featured, language));
    }

    /// <summary>Every policy of the site as a list shows it in <paramref name="language"/>.</summary>
    public IReadOnlyList<PolicyEntry> PolicyEntries(string from, string language) => Site.Policies
        .Select(p =>
        {
            var timeline = TimelineOf(p);
            var featured = timeline.Featured;
            return new PolicyEntry
            {
                Slug = p.Slug,
                Title = p.TitleIn(featured, language),
                TitleLang = p.TitleLanguageIn(featured, language),
                Url = SiteUrls.Relative(from, SiteUrls.Policy(language, p.Slug)),
                ChangesUrl = SiteUrls.Relative(from, SiteUrls.Changes(language, p.Slug)),
                Date = featured.Key,
                Status = timeline.StatusOf(featured),
                Upcoming = timeline.NextAnnounced is { } next ? Link(from, language, p, next) : null,
                IsTranslated = featured.In(language) is not null,
                TranslatedDate = p.Versions.LastOrDefault(v => v.Date <= featured.Date && v.In(language) is not null)?.Key,
                WithdrawnOn = DateKey.Of(timeline.WithdrawnOn),
                WithdrawnNote = timeline.WithdrawnOn is { } withdrawn
                    ? StringsIn(language).Text(timeline.IsWithdrawn ? "withdrawn_on" : "withdrawal_upcoming", StringsIn(language).DateText(withdrawn))
                    : null,
                TranslationOf = p.OutdatedBasisOf(featured, language)?.Key,
            };
        })
        .ToList();

    /// <summary>The sections a redline changed, each linking from <paramref name="from"/> to its first change on the diff page at <paramref name="diffPath"/>.</summary>
    /// <param name="textLanguage">The language of the compared texts, which is the sections' titles' language.</param>
    public IReadOnlyList<SectionLink> Sections(RedlineDiff diff, string textLanguage, string from, string diffPath, string language) => diff
        .ChangedSections(StringsIn(language).Text("diff_untitled_section"))
        .Select(s => new SectionLink(
            s.Title,
            s.Anchor is null ? language : textLanguage,
            (from == diffPath ? "" : SiteUrls.Relative(from, diffPath)) + "#change-" + s.FirstChange,
            s.Changes))
        .ToList();

    /// <summary>Where a reader of <paramref name="language"/> compares two versions, in either order (<see cref="DiffPairs.PathFor"/>).</summary>
    public string DiffPath(string language, Policy policy, PolicyVersion a, PolicyVersion b) => DiffPairs.PathFor(TimelineOf(policy), a, b, language);
}
