using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LegalGen.Import;

/// <summary>
/// The one place LegalGen runs git, read-only, through the <c>git</c> command (a library that walks history by path
/// fails on real repositories; the command is what users have and trust). Every call names its commit, never the
/// working tree, so uncommitted edits never leak into an import. Settings that could steer git elsewhere — the
/// repository location a hook sets in the environment, a pager, quoting of paths, a file-system monitor — are
/// overridden. Failures are <see cref="GitFailure"/>s, which <see cref="HistoryImporter"/> turns into usage errors.
/// </summary>
internal sealed partial class GitRepository
{
    /// <summary>Variables that tell git which repository to use: set by git itself when LegalGen runs from a hook.</summary>
    private static readonly string[] RepositoryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX",
    ];

    private static readonly string[] CommonArguments =
    [
        "--no-pager", "--literal-pathspecs",
        "-c", "core.quotepath=off", "-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "-c", "color.ui=false",
    ];

    private readonly string _folder;

    private GitRepository(string folder) => _folder = folder;

    /// <summary>Opens the repository whose top folder (or bare repository) is <paramref name="folder"/>, which exists.</summary>
    public static GitRepository Open(string folder)
    {
        var where = Run(folder, ["rev-parse", "--is-bare-repository", "--is-inside-git-dir", "--show-prefix"]);
        if (where.ExitCode != 0) throw new GitFailure(GitFailureKind.NotARepository, where.LastErrorLine);
        var lines = Lines(where.Output);
        var prefix = lines.Count > 2 ? lines[2] : "";
        if (prefix.Length > 0)
        {
            var top = Run(folder, ["rev-parse", "--show-toplevel"]);
            throw new GitFailure(GitFailureKind.NotTopFolder, top.ExitCode == 0 ? Lines(top.Output).FirstOrDefault() ?? "" : "");
        }

        return new GitRepository(folder);
    }

    /// <summary>The full id of the commit <paramref name="revision"/> names (a branch, a tag, an id, HEAD).</summary>
    public string ResolveCommit(string revision)
    {
        var result = Run(_folder, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (result.ExitCode == 0) return Lines(result.Output)[0];
        if (revision == "HEAD" && Run(_folder, ["rev-list", "-n", "1", "--all"]) is { ExitCode: 0 } any && Lines(any.Output).Count == 0)
            throw new GitFailure(GitFailureKind.NoCommits, "");
        throw new GitFailure(GitFailureKind.UnknownRevision, revision);
    }

    /// <summary>The commits of the branch as published — each commit's first parent, as a merge lands on it — oldest first.</summary>
    public IReadOnlyList<string> FirstParentChain(string commitId)
    {
        var result = Checked(Run(_folder, ["rev-list", "--first-parent", "--end-of-options", commitId]));
        var ids = Lines(result.Output);
        ids.Reverse();
        return ids;
    }

    /// <summary>
    /// The commits of the first-parent history up to <paramref name="commitId"/> that changed the file now or once at
    /// <paramref name="path"/>, through renames, oldest first. Empty when no commit ever had the file.
    /// </summary>
    public IReadOnlyList<FileChange> FileHistory(string commitId, string path)
    {
        var result = Checked(Run(_folder, ["log", "--follow", "--first-parent", "--format=%H", "--name-status", "-z", "--end-of-options", commitId, "--", path]));
        var changes = new List<FileChange>();
        var tokens = Encoding.UTF8.GetString(result.Output).Split('\0');
        var i = 0;
        while (i < tokens.Length)
        {
            var id = tokens[i++].Trim('\n');
            if (id.Length == 0) continue;
            if (!ObjectId().IsMatch(id) || i >= tokens.Length) throw new GitFailure(GitFailureKind.Failed, $"unexpected output of 'git log' near '{id}'");
            // A commit may list no change of the file (git shows such merges): the next token is then the next commit.
            var status = tokens[i].Trim('\n');
            if (status.Length == 0)
            {
                i++;
                continue;
            }

            if (ObjectId().IsMatch(status)) continue;
            i++;

            // A rename or copy names the old path, then the new; every other status names one path.
            if (status[0] is 'R' or 'C') i++;
            if (i >= tokens.Length) throw new GitFailure(GitFailureKind.Failed, $"unexpected output of 'git log' at commit {id}");
            changes.Add(new FileChange(id, tokens[i++], status[0] == 'D'));
        }

        changes.Reverse();
        return changes;
    }

    /// <summary>The commits with these ids, read in one run of git.</summary>
    public IReadOnlyDictionary<string, GitCommit> ReadCommits(IReadOnlyCollection<string> ids)
    {
        var commits = new Dictionary<string, GitCommit>(StringComparer.Ordinal);
        var objects = Batch(ids.ToList(), long.MaxValue);
        foreach (var (id, blob) in ids.Zip(objects))
        {
            if (blob?.Bytes is null) throw new GitFailure(GitFailureKind.Failed, $"the commit {id} cannot be read");
            commits[id] = ParseCommit(id, Encoding.UTF8.GetString(blob.Bytes));
        }

        return commits;
    }

    /// <summary>Each file's bytes at its commit, in one run of git; null where the commit has no such file.</summary>
    /// <param name="maxBytes">Larger files are not read: their <see cref="GitBlob.Bytes"/> are null and their size is given.</param>
    public IReadOnlyList<GitBlob?> ReadFiles(IReadOnlyList<(string CommitId, string Path)> files, long maxBytes) =>
        Batch(files.Select(f => f.CommitId + ":" + f.Path).ToList(), maxBytes);

    /// <summary>Every file path in the commit, for suggestions when a path was never in the history.</summary>
    public IReadOnlyList<string> FilesAt(string commitId)
    {
        var result = Checked(Run(_folder, ["ls-tree", "-r", "--name-only", "-z", "--end-of-options", commitId]));
        return Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    private static GitCommit ParseCommit(string id, string raw)
    {
        var headerEnd = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var header = headerEnd < 0 ? raw : raw[..headerEnd];
        var message = headerEnd < 0 ? "" : raw[(headerEnd + 2)..].Replace("\r\n", "\n");
        var parents = 0;
        DateTimeOffset? committed = null;
        foreach (var line in header.Split('\n'))
        {
            if (line.StartsWith("parent ", StringComparison.Ordinal)) parents++;
            if (CommitterLine().Match(line) is { Success: true } m) committed = When(m);
        }

        return new GitCommit(id, parents, committed ?? throw new GitFailure(GitFailureKind.Failed, $"the commit {id} has no committer date"), message);
    }

    private static DateTimeOffset When(Match committer)
    {
        var seconds = long.Parse(committer.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        var hours = int.Parse(committer.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(committer.Groups["minutes"].Value, CultureInfo.InvariantCulture);
        var offset = new TimeSpan(hours, minutes, 0) * (committer.Groups["sign"].Value == "-" ? -1 : 1);
        // git accepts offsets past ±14 hours, which DateTimeOffset does not; such a commit is dated in UTC.
        return offset.Duration() <= TimeSpan.FromHours(14)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset)
            : DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>
    /// <c>git cat-file --batch</c>: each request's object, read as git writes it, so that a huge file is skipped
    /// rather than held in memory.
    /// </summary>
    private List<GitBlob?> Batch(List<string> requests, long maxBytes)
    {
        if (requests.Count == 0) return [];
        var input = Encoding.UTF8.GetBytes(string.Concat(requests.Select(r => r + "\n")));
        using var process = Start(_folder, ["cat-file", "--batch"]);
        var error = process.StandardError.ReadToEndAsync();
        var writing = Task.Run(() =>
        {
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // git stopped reading: its exit code and error output say why.
            }
        });
        var results = new List<GitBlob?>(requests.Count);
        var output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        try
        {
            foreach (var _ in requests)
            {
                var header = ReadLine(output);
                if (header is null) break;
                var parts = header.Split(' ');
                if (parts.Length < 3 || !long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
                {
                    results.Add(null);
                    continue;
                }

                results.Add(size <= maxBytes ? new GitBlob(ReadExactly(output, size), size) : Skip(output, size));
                output.ReadByte();
            }
        }
        finally
        {
            output.CopyTo(Stream.Null);
            writing.Wait();
            process.WaitForExit();
        }

        if (process.ExitCode != 0 || results.Count != requests.Count)
            throw new GitFailure(GitFailureKind.Failed, LastLine(error.Result) is { Length: > 0 } said ? said : "git cat-file stopped early");
        return results;
    }

    private static GitBlob Skip(Stream stream, long size)
    {
        var buffer = new byte[81920];
        for (var left = size; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new GitFailure(GitFailureKind.Failed, "git cat-file stopped in the middle of a file");
            left -= read;
        }

        return new GitBlob(null, size);
    }

    private static byte[] ReadExactly(Stream stream, long size)
    {
        var bytes = new byte[size];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new List<byte>();
        for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
        {
            if (b == '\n') return Encoding.UTF8.GetString(line.ToArray());
            line.Add((byte)b);
        }

        return line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray());
    }

    private static GitRun Checked(GitRun run) =>
        run.ExitCode == 0 ? run : throw new GitFailure(GitFailureKind.Failed, run.LastErrorLine);

    private static GitRun Run(string folder, IReadOnlyList<string> arguments)
    {
        using var process = Start(folder, arguments);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return new GitRun(process.ExitCode, output.ToArray(), error.Result);
    }

    private static Process Start(string folder, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in CommonArguments.Concat(arguments)) start.ArgumentList.Add(argument);
        foreach (var name in RepositoryVariables) start.Environment.Remove(name);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            return Process.Start(start) ?? throw new GitFailure(GitFailureKind.NotInstalled, "");
        }
        catch (Win32Exception)
        {
            throw new GitFailure(GitFailureKind.NotInstalled, "");
        }
    }

    private static List<string> Lines(byte[] output) =>
        Encoding.UTF8.GetString(output).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    private static string LastLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";

    private sealed record GitRun(int ExitCode, byte[] Output, string Error)
    {
        public string LastErrorLine => LastLine(Error);
    }

    [GeneratedRegex("^[0-9a-f]{40}([0-9a-f]{24})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectId();

    [GeneratedRegex(@"^committer .* (?<seconds>-?[0-9]+) (?<sign>[+-])(?<hours>[0-9]{2})(?<minutes>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitterLine();
}
