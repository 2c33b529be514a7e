using System.Globalization;
using LegalGen.Build;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// The site <c>serve</c> shows, built into a temporary folder: each build goes into a folder of its own, so
/// the previous one keeps being served while the next is written, and a failed build leaves it in place.
/// Disposing removes the temporary folder.
/// </summary>
internal sealed class LiveSite : IDisposable
{
    private readonly BuildOptions _options;
    private readonly Lock _gate = new();
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

    public LiveSiteState State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>Builds the site again; on success it replaces the one served, on failure the last good one stays.</summary>
    public BuildResult Rebuild()
    {
        var generation = State.Generation + 1;
        var folder = Path.Combine(Root, generation.ToString(CultureInfo.InvariantCulture));
        var result = SiteBuilder.Build(_options with { OutputDirectory = folder });

        string? replaced;
        lock (_gate)
        {
            replaced = result.Succeeded ? _state.Folder : null;
            _state = result.Succeeded
                ? new LiveSiteState(folder, [], null, generation)
                : new LiveSiteState(_state.Folder, result.Diagnostics, (result.UsageError is { } usage ? Printing.UsageErrorText.Of(usage) : result.OutputFault?.Message), generation);
        }

        // Off the reload's path: a page being read from the old folder may finish first.
        if (replaced is not null) _deleting = _deleting.ContinueWith(_ => TryDelete(replaced), TaskScheduler.Default);
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
