using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Import;

/// <summary>
/// Reads the history of each file to import — every commit of the first-parent history that changed it, through
/// renames, oldest first — into <see cref="FileState"/>s: the text as that commit left it, decoded as a build
/// decodes it, without foreign front matter, with its title, what a reader sees of it, and its effective-date
/// statements. Three runs of git serve all files: one for the commits, one for the texts, one per file for its log.
/// </summary>
internal static class FileHistories
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FileState>> Read(
        GitRepository git, string tip, IReadOnlyList<FileToImport> files, EffectiveDateFinder finder, VisibleText visible)
    {
        var positions = git.FirstParentChain(tip).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var changes = files.ToDictionary(f => f.Language, f => git.FileHistory(tip, f.Path).Where(c => positions.ContainsKey(c.CommitId)).ToList(), StringComparer.Ordinal);
        var commits = git.ReadCommits(changes.Values.SelectMany(c => c).Select(c => c.CommitId).Distinct(StringComparer.Ordinal).ToList());
        var requests = changes.Values.SelectMany(c => c).Where(c => !c.Deleted).Select(c => (c.CommitId, c.Path)).Distinct().ToList();
        var blobs = requests.Zip(git.ReadFiles(requests, ContentLimits.MaxFileBytes)).ToDictionary(p => p.First, p => p.Second);

        var histories = new Dictionary<string, IReadOnlyList<FileState>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var fileChanges = changes[file.Language];
            var states = new FileState[fileChanges.Count];
            Parallel.For(0, fileChanges.Count, i =>
            {
                var change = fileChanges[i];
                var commit = commits[change.CommitId];
                var position = positions[change.CommitId];
                states[i] = change.Deleted
                    ? new FileState(commit, position, change.Path, null, null, null, null, [])
                    : StateOf(commit, position, change.Path, blobs[(change.CommitId, change.Path)], file.Language, finder, visible);
            });
            histories[file.Language] = states;
        }

        return histories;
    }

    private static FileState StateOf(GitCommit commit, int position, string path, GitBlob? blob, string language, EffectiveDateFinder finder, VisibleText visible)
    {
        if (blob is null) return new FileState(commit, position, path, null, null, null, null, [], SkipReason.NotText);
        if (blob.Bytes is null) return new FileState(commit, position, path, null, null, null, null, [], SkipReason.TooLarge);
        var decoding = new DiagnosticBag();
        var text = SourceText.Decode(blob.Bytes, path, decoding);
        if (text is null) return new FileState(commit, position, path, null, null, null, null, [], SkipReason.NotText);

        var (body, frontMatterTitle) = ForeignFrontMatter.Split(text);
        var title = frontMatterTitle ?? LeadingHeading.WordsOf(body);
        return new FileState(commit, position, path, body, title, visible.Of(title, body, language), VisibleText.Normalized(text), finder.Find(text));
    }
}
