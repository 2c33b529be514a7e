namespace LegalGen.Content;

/// <summary>What to read of a content folder, and how strictly.</summary>
/// <param name="IncludeDrafts">Keep versions marked <c>draft: true</c> (a build leaves them out unless asked).</param>
/// <param name="OnlyPolicy">Read only this policy's folder (and site.yml), with every guard; null for every policy.</param>
/// <param name="SummariesRequired">
/// Require a summary on every version after a policy's first. A build does; <c>diff</c> and <c>new</c> do not, so
/// an editor can compare or continue a version whose summary is still to be written.
/// </param>
public sealed record ContentReadOptions(bool IncludeDrafts = false, string? OnlyPolicy = null, bool SummariesRequired = true)
{
    /// <summary>As a build reads: every policy, summaries required.</summary>
    public static ContentReadOptions ForBuild(bool includeDrafts) => new(includeDrafts);

    /// <summary>As an editor's command reads one policy: drafts included, summaries not yet required.</summary>
    public static ContentReadOptions ForEditing(string policy) => new(IncludeDrafts: true, OnlyPolicy: policy, SummariesRequired: false);
}
