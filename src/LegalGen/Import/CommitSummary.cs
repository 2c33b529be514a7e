using System.Text.RegularExpressions;

namespace LegalGen.Import;

/// <summary>
/// The one line a commit says about itself, as a change log would put it: the subject (its first paragraph, as git
/// joins it); for a merged pull request the pull request's title, which the merge carries on its first line after
/// the subject, since "Merge pull request #12 from alice/typos" tells a reader nothing; and without the trailing
/// "(#12)" a squashed pull request leaves, which points into a forge a reader of the policy does not see.
/// </summary>
internal static partial class CommitSummary
{
    public static string Of(GitCommit commit)
    {
        var paragraphs = commit.Message.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var subject = paragraphs.Length == 0 ? "" : Joined(paragraphs[0]);
        if (commit.ParentCount > 1 && MergeSubject().IsMatch(subject) && paragraphs.Length > 1)
        {
            var title = paragraphs[1].Split('\n')[0].Trim();
            if (title.Length > 0 && !TrailerLine().IsMatch(title)) subject = title;
        }

        return SquashedPullRequest().Replace(subject, "").Trim();
    }

    private static string Joined(string paragraph) =>
        string.Join(' ', paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>GitHub's "Merge pull request #12 from alice/typos", GitLab's and git's "Merge branch 'typos' into 'main'".</summary>
    [GeneratedRegex(@"^Merge (pull request #[0-9]+ from |branch '|remote-tracking branch ')", RegexOptions.CultureInvariant)]
    private static partial Regex MergeSubject();

    /// <summary>Lines git or a forge adds to a merge that are no title: "See merge request …", "Conflicts:", "Signed-off-by: …".</summary>
    [GeneratedRegex(@"^(See merge request |Conflicts:|# |[A-Za-z-]+-by: )", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerLine();

    [GeneratedRegex(@"\s*\(#[0-9]+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex SquashedPullRequest();
}
