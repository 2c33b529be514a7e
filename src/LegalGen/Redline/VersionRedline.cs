using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>Two versions of one policy compared, as <c>legalgen diff</c> shows them.</summary>
/// <param name="Language">The language asked for.</param>
/// <param name="TextLanguage">The language of the texts compared: the binding one when either version lacks a translation.</param>
public sealed record VersionRedline(
    string Policy,
    DateOnly From,
    DateOnly To,
    string Language,
    string TextLanguage,
    RedlineDiff Diff)
{
    public bool IsFallback => Language != TextLanguage;
}
