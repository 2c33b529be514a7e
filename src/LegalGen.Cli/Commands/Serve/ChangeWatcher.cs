using System.Threading.Channels;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// Watches the content and templates folders. An editor's save is often a burst of events (write,
/// truncate, rename of a temporary file): <see cref="NextAsync"/> waits for the burst to end, <see cref="Quiet"/>
/// without a new event, and returns all the paths at once, so one save is one rebuild.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct().Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Changed(folder, e.FullPath);
            watcher.Created += (_, e) => Changed(folder, e.FullPath);
            watcher.Deleted += (_, e) => Changed(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Changed(folder, e.OldFullPath);
                Changed(folder, e.FullPath);
            };

            // Too many events at once: something changed, rebuild to be sure.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The paths changed in the next burst of changes, sorted.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancel)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        while (true)
        {
            while (_changes.Reader.TryRead(out var path)) changed.Add(path);
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return [.. changed];
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }

    private void Changed(string root, string path)
    {
        if (!IsEditorLitter(root, path)) _changes.Writer.TryWrite(path);
    }

    /// <summary>Hidden files, backups and editors' temporary files: LegalGen ignores them, so they need no rebuild.</summary>
    private static bool IsEditorLitter(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(s => s.StartsWith('.'))) return true;
        var name = Path.GetFileName(path);
        return name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.Contains("___jb_", StringComparison.Ordinal);
    }
}
