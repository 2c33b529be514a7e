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
    public TranslationBasis? TranslationBasisOf(Policy policy, PolicyVersion version, string language, string from) =>
        OutdatedTranslation.Of(TimelineOf(policy), version, language) is { } outdated
            ? new TranslationBasis(
                outdated.Basis.Key,
                outdated.BindingLanguage,
                MarkedNameOf(outdated.BindingLanguage),
                SiteUrls.Relative(from, outdated.BindingTextPath),
                SiteUrls.Relative(from, outdated.ChangesPath))
            : null;
}
