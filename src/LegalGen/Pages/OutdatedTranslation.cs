using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// A translation made from an older binding version whose text has changed since, and where its readers are sent:
/// the binding text of the version it is filed under, and what changed in the binding text from the older version
/// (its diff page, or the compare page where that pair has none). Paths from the site's root, for pages to make
/// relative and feeds absolute.
/// </summary>
public sealed record OutdatedTranslation(PolicyVersion Basis, string BindingLanguage, string BindingTextPath, string ChangesPath)
{
    /// <summary>Null when the text shown in <paramref name="language"/> at <paramref name="version"/> is up to date (or is the binding text).</summary>
    public static OutdatedTranslation? Of(VersionTimeline timeline, PolicyVersion version, string language)
    {
        var policy = timeline.Policy;
        if (policy.OutdatedBasisOf(version, language) is not { } basis) return null;
        var binding = version.SourceLanguage;
        var changes = DiffPairs.PathFor(timeline, basis, version, binding);
        return new OutdatedTranslation(basis, binding, SiteUrls.Version(binding, policy.Slug, version.Key), changes);
    }
}
