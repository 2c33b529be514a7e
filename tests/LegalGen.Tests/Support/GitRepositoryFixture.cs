using System.Diagnostics;
using System.Text;

namespace LegalGen.Tests.Support;

/// <summary>
/// A git repository made by a test, commit by commit, as a legal team's repository grows: files edited in place,
/// commits with fixed author and committer dates (so days and time zones are the test's), renames, branches merged
/// as a pull request is. Git runs with no system or user configuration, so the machine's settings change nothing.
/// </summary>
internal sealed class GitRepositoryFixture : IDisposable
{
    public GitRepositoryFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(GlobalConfig, "");
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Root { get; }

    private string GlobalConfig => Root + ".gitconfig";

    /// <summary>Writes a file (LF line endings unless the text has others) in the working tree; commit it with <see cref="Commit"/>.</summary>
    public GitRepositoryFixture Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public GitRepositoryFixture WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public GitRepositoryFixture Rename(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, to))!);
        Git("mv", from, to);
        return this;
    }

    public GitRepositoryFixture Delete(string path)
    {
        Git("rm", "--quiet", path);
        return this;
    }

    /// <summary>Commits everything in the working tree, dated <paramref name="when"/> (ISO 8601 with offset) as author and committer.</summary>
    public string Commit(string when, string message)
    {
        Git("add", "--all");
        GitAt(when, "commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public GitRepositoryFixture Branch(string name)
    {
        Git("checkout", "--quiet", "-b", name);
        return this;
    }

    public GitRepositoryFixture Checkout(string name)
    {
        Git("checkout", "--quiet", name);
        return this;
    }

    /// <summary>Merges <paramref name="branch"/> with a merge commit whose message is GitHub's for a pull request: its subject, then the title.</summary>
    public string MergePullRequest(string when, string branch, int number, string title)
    {
        GitAt(when, "merge", "--quiet", "--no-ff", "-m", $"Merge pull request #{number} from someone/{branch}", "-m", title, branch);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Run(null, arguments);

    private void GitAt(string when, params string[] arguments) => Run(when, arguments);

    private string Run(string? when, string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false" }.Concat(arguments)) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = GlobalConfig;
        start.Environment["GIT_AUTHOR_NAME"] = "Legal Team";
        start.Environment["GIT_AUTHOR_EMAIL"] = "legal@example.com";
        start.Environment["GIT_COMMITTER_NAME"] = "Legal Team";
        start.Environment["GIT_COMMITTER_EMAIL"] = "legal@example.com";
        if (when is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = when;
            start.Environment["GIT_COMMITTER_DATE"] = when;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
            File.Delete(GlobalConfig);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // git makes its object files read-only; a leftover temp folder is harmless.
        }
    }
}
