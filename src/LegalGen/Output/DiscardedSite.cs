using System.Collections.Concurrent;

namespace LegalGen.Output;

/// <summary>
/// An output that keeps nothing: <c>legalgen check</c> renders every page and throws it away, noting only
/// the paths, so that it warns about a kept file the build would write just as a build does.
/// </summary>
public sealed class DiscardedSite : ISiteOutput
{
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    public string? OutputDirectory => null;

    public string? StagingDirectory => null;

    public void WriteText(string sitePath, string content) => _written.TryAdd(sitePath, true);

    public void WriteBytes(string sitePath, byte[] bytes) => _written.TryAdd(sitePath, true);

    public string? WrittenAtOrIn(string sitePath) =>
        _written.ContainsKey(sitePath)
            ? sitePath
            : _written.Keys.Where(p => p.StartsWith(sitePath + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();

    public void CarryOver(string sitePath)
    {
    }

    public bool Reuse(string sitePath, string fromSite)
    {
        _written.TryAdd(sitePath, true);
        return true;
    }

    public string? Folder => null;

    public void Adopt(string sitePath)
    {
    }

    public IReadOnlyList<LeftoverFolder> Commit() => [];

    public void Dispose()
    {
    }
}
