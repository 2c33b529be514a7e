using LegalGen.Model;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

internal sealed partial class PlanningContext
{
    /// <summary>
    /// For a translation made from an older binding version whose text has changed since: that version, with links from
    /// <paramref name="from"/> to the binding text of <paramref name="version"/> and to what changed in it. Null when the
    /// text shown in <paramref name="language"/> is up to date (or is the binding text).
    /// </summary>
    public TranslationBasis? TranslationBasisOf(Policy policy, PolicyVersion version, string language, string from)
    {
        if (policy.OutdatedBasisOf(version, language) is not { } basis) return null;
        var binding = version.SourceLanguage;
        var changes = DiffPairs.Has(TimelineOf(policy), basis, version)
            ? SiteUrls.Diff(binding, policy.Slug, basis.Key, version.Key)
            : SiteUrls.Compare(binding, policy.Slug);
        return new TranslationBasis(
            basis.Key,
            binding,
            NameOf(binding),
            SiteUrls.Relative(from, SiteUrls.Version(binding, policy.Slug, version.Key)),
            SiteUrls.Relative(from, changes));
    }
}
