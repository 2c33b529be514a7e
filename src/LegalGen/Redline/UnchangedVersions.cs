using LegalGen.Diagnostics;
using LegalGen.Model;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// Finds versions that change nothing a reader can see: a binding text with its predecessor's title whose redline
/// against its predecessor's marks nothing — the same words, the same formatting, the same link targets — though its
/// Markdown may differ (line breaks, spacing a browser folds away, ids). Such a version would be listed, announced and compared as a change that is not
/// one. An editorial version is held to the same rule: a correction that changes nothing corrects nothing.
/// </summary>
public static class UnchangedVersions
{
    /// <param name="redline">The redline of two texts, as the site computes it once (and shows on its diff pages).</param>
    public static void Check(Policy policy, Func<Translation, Translation, RedlineDiff> redline, DiagnosticBag diagnostics)
    {
        for (var i = 1; i < policy.Versions.Count; i++)
        {
            var (older, newer) = (policy.Versions[i - 1].Source, policy.Versions[i].Source);
            if (older.Title != newer.Title || redline(older, newer).Statistics.HasChanges) continue;
            diagnostics.Warning(DiagnosticCodes.NoVisibleChange, new SourceLocation(newer.SourcePath, 1, 1),
                $"no visible change from the version of {policy.Versions[i - 1].Key} ({older.SourcePath}): the title and the text read the same, "
                + "with the same formatting and link targets, so readers would be shown a new version that changes nothing",
                "make the change this version is for, or delete its files; a change to the Markdown alone (line breaks, spacing, ids) needs no new version");
        }
    }
}
