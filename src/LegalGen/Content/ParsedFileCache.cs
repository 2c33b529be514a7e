using System.Collections.Concurrent;
using System.Security.Cryptography;
using LegalGen.Diagnostics;

namespace LegalGen.Content;

/// <summary>
/// Version files as read before, for a process that reads the same content folder again and again (<c>serve</c>): a
/// file whose size and modification time are those it had when it was read, and that no one has said changed
/// (<see cref="Changed"/>), is taken as it was read, with its diagnostics, without being opened; any other is read
/// again, and when its bytes hash as before it is not parsed again either. A file is parsed once per content, not
/// once per save. Safe to use from several threads.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _parsed;

    /// <summary>How many files were parsed (not taken from the cache): for tests that count work.</summary>
    internal int Parsed => _parsed;

    /// <summary>
    /// Says that the files at <paramref name="paths"/> (full paths), or inside them for a folder, have changed, whatever
    /// their size and time: the next read opens them and compares their bytes.
    /// </summary>
    public void Changed(IEnumerable<string> paths)
    {
        foreach (var changed in paths.Select(Path.GetFullPath))
        {
            var inside = changed.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            foreach (var (path, entry) in _entries)
                if (path == changed || path.StartsWith(inside, StringComparison.Ordinal)) _entries.TryUpdate(path, entry with { Suspect = true }, entry);
        }
    }

    /// <summary>The file at <paramref name="path"/> read as <see cref="VersionFileReader.Read"/> reads it, from the cache when it has not changed.</summary>
    internal VersionFile? Read(string path, string policy, VersionFileName name, string language, string relative, bool summaryRequired, DiagnosticBag diagnostics)
    {
        var (length, time) = Stamp(path);
        var known = _entries.GetValueOrDefault(path);
        var usable = known is not null && known.Language == language && known.SummaryRequired == summaryRequired && known.Relative == relative;
        if (usable && !known!.Suspect && known.Length == length && known.Time == time)
            return Replay(known, diagnostics);

        var local = new DiagnosticBag();
        var bytes = ContentFile.Read(path, relative, local);
        if (bytes is null)
        {
            _entries.TryRemove(path, out _);
            diagnostics.AddRange(local);
            return null;
        }

        var sha = SHA256.HashData(bytes);
        if (usable && known!.Sha256.AsSpan().SequenceEqual(sha))
        {
            _entries[path] = known with { Length = length, Time = time, Suspect = false };
            return Replay(known, diagnostics);
        }

        Interlocked.Increment(ref _parsed);
        var file = VersionFileReader.Read(policy, name, language, relative, bytes, summaryRequired, local);
        _entries[path] = new Entry(relative, language, summaryRequired, length, time, sha, file, local.ToSortedList());
        diagnostics.AddRange(local);
        return file;
    }

    /// <summary>Forgets every file but these (full paths): the files a read found, so a file deleted or renamed is not kept for ever.</summary>
    internal void KeepOnly(IEnumerable<string> paths)
    {
        var found = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !found.Contains(p)).ToList()) _entries.TryRemove(path, out _);
    }

    private static VersionFile? Replay(Entry entry, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return entry.File;
    }

    /// <summary>The size and modification time of the file, taken before it is read: a change while it is read then shows next time.</summary>
    private static (long Length, DateTime Time) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    /// <param name="Suspect">Said to have changed since it was read: its bytes must be compared, whatever its size and time.</param>
    private sealed record Entry(
        string Relative,
        string Language,
        bool SummaryRequired,
        long Length,
        DateTime Time,
        byte[] Sha256,
        VersionFile? File,
        IReadOnlyList<Diagnostic> Diagnostics,
        bool Suspect = false);
}
