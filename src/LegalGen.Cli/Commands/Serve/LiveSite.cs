using System.Globalization;
using LegalGen.Build;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// The site <c>serve</c> shows, built into a temporary folder: each build goes into a folder of its own, so
/// the previous one keeps being served while the next is written, and a failed build leaves it in place.
/// A build renders only the policies a save changed and links the others' folders to the build that rendered
/// them (<see cref="BuildCache"/>): a build's folder is removed once no build in use links to it.
/// Disposing removes the temporary folder.
/// </summary>
internal sealed class LiveSite : IDisposable
{
    private readonly BuildOptions _options;
    private readonly Lock _gate = new();
    private readonly BuildCache _cache = new();
    private readonly List<string> _builds = [];
    private LiveSiteState _state = new(null, [], null, 0);
    private Task _deleting = Task.CompletedTask;

    public LiveSite(BuildOptions options)
    {
        _options = options;
        Root = Path.Combine(Path.GetTempPath(), "legalgen-serve-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary folder holding the builds.</summary>
    public string Root { get; }

    public BuildOptions Options => _options;

    /// <summary>Done when the folders of builds no longer in use have been removed.</summary>
    internal Task Removals => _deleting;

    public LiveSiteState State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>Builds the site again; on success it replaces the one served, on failure the last good one stays.</summary>
    /// <param name="changed">The files saved since the last build (full paths), read again whatever their size and time.</param>
    public BuildResult Rebuild(IReadOnlyList<string>? changed = null)
    {
        if (changed is not null) _cache.Changed(changed);
        var generation = State.Generation + 1;
        var folder = Path.Combine(Root, generation.ToString(CultureInfo.InvariantCulture));
        var result = SiteBuilder.Build(_options with { OutputDirectory = folder }, _cache);

        lock (_gate)
        {
            _state = result.Succeeded
                ? new LiveSiteState(folder, [], null, generation)
                : new LiveSiteState(_state.Folder, result.Diagnostics, (result.UsageError is { } usage ? Printing.UsageErrorText.Of(usage) : result.OutputFault?.Message ?? result.SearchFault?.Message), generation);
        }

        if (!result.Succeeded) return result;
        _builds.Add(folder);
        var inUse = _cache.FoldersInUse;
        var unused = _builds.Where(b => !inUse.Contains(Path.GetFullPath(b))).ToList();
        _builds.RemoveAll(unused.Contains);

        // Off the reload's path: a page being read from an old folder may finish first.
        foreach (var old in unused) _deleting = _deleting.ContinueWith(_ => TryDelete(old), TaskScheduler.Default);
        return result;
    }

    public void Dispose()
    {
        // Deleting the whole folder while an old build inside it is being deleted would fail half-way.
        _deleting.Wait(TimeSpan.FromSeconds(10));
        TryDelete(Root);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the system cleans its temporary files.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
