using LegalGen.Import;

namespace LegalGen.Tests.Import;

/// <summary>The one line a commit gives a version's change log.</summary>
public class CommitSummaryTests
{
    private static GitCommit Commit(string message, int parents = 1) => new(new string('a', 40), parents, DateTimeOffset.UnixEpoch, message);

    [Fact]
    public void A_commits_subject_is_its_summary_joined_as_git_joins_it()
    {
        Assert.Equal("Shorten log retention to 12 months", CommitSummary.Of(Commit("Shorten log retention to 12 months\n\nLonger text.\n")));
        Assert.Equal("Shorten log retention to 12 months", CommitSummary.Of(Commit("Shorten log retention\nto 12 months\n")));
    }

    [Fact]
    public void A_merged_pull_request_is_summarised_by_its_title()
    {
        var merge = Commit("Merge pull request #2336 from legal/may-2026\n\nTake the May 2026 notice into force\n", parents: 2);
        var gitlab = Commit("Merge branch 'may-2026' into 'main'\n\nTake the May 2026 notice into force\n\nSee merge request legal/docs!12\n", parents: 2);
        var bare = Commit("Merge branch 'may-2026'\n", parents: 2);

        Assert.Equal("Take the May 2026 notice into force", CommitSummary.Of(merge));
        Assert.Equal("Take the May 2026 notice into force", CommitSummary.Of(gitlab));
        Assert.Equal("Merge branch 'may-2026'", CommitSummary.Of(bare));
    }

    [Fact]
    public void The_number_a_squashed_pull_request_leaves_is_dropped()
    {
        Assert.Equal("Update Firefox PN (May 2026)", CommitSummary.Of(Commit("Update Firefox PN (May 2026) (#2334)\n")));
    }
}
