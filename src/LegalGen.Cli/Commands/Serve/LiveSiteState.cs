using LegalGen.Diagnostics;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>What <c>serve</c> shows now: the last good build, and the problems of the latest attempt, if it failed.</summary>
/// <param name="Folder">The last good build's folder; null until a build succeeds.</param>
/// <param name="Problems">The latest build's diagnostics when it failed (errors shown over every page); empty otherwise.</param>
/// <param name="UsageError">A problem outside the content, e.g. the templates folder was removed, or the temporary folder's disk is full.</param>
/// <param name="Generation">Counts builds; a page built for an older generation reloads.</param>
internal sealed record LiveSiteState(string? Folder, IReadOnlyList<Diagnostic> Problems, string? UsageError, int Generation)
{
    public bool HasProblems => UsageError is not null || Problems.Any(d => d.IsError);
}
