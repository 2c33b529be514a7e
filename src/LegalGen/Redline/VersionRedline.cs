using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>Two versions of one policy compared, as <c>legalgen diff</c> shows them.</summary>
/// <param name="Language">The language asked for.</param>
/// <param name="TextLanguage">The language of the texts compared: the binding one when either version lacks a translation.</param>
/// <param name="TranslationNotUpdated">
/// Translations are compared, and the binding text changed between the two versions while the translation did not
/// follow: an empty redline then does not mean that nothing changed.
/// </param>
/// <param name="TranslationOf">
/// Translations are compared, and the newer one was made from this older binding version, whose text differs from
/// the newer version's; else null.
/// </param>
public sealed record VersionRedline(
    string Policy,
    DateOnly From,
    DateOnly To,
    string Language,
    string TextLanguage,
    RedlineDiff Diff,
    bool TranslationNotUpdated = false,
    DateOnly? TranslationOf = null)
{
    public bool IsFallback => Language != TextLanguage;
}
