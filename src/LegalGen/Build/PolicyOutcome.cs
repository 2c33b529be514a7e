using LegalGen.Diagnostics;
using LegalGen.Pages;
using LegalGen.Pages.Views;

namespace LegalGen.Build;

/// <summary>
/// What rendering one policy left behind, for a later build of the same content to take instead of rendering it again
/// (<see cref="BuildCache"/>): the fingerprint of the policy's files, where its pages are, their frames (for the sitemap),
/// the diagnostics of rendering and checking it, and its texts' ids and links to other policies.
/// </summary>
/// <param name="Inputs">The fingerprint of the policy as read (<see cref="BuildCache.FingerprintOf"/>).</param>
/// <param name="Folder">The site folder its pages are in; null while that is the folder of the build under way.</param>
/// <param name="Reusable">
/// True when every page of the policy is in its own folders (<c>{language}/{policy}/</c>), which can be taken whole;
/// a policy with a page elsewhere is rendered each time.
/// </param>
internal sealed record PolicyOutcome(
    string Inputs,
    string? Folder,
    IReadOnlyList<PageFrame> Frames,
    IReadOnlyList<Diagnostic> Diagnostics,
    PolicyLinks Links,
    bool Reusable);
