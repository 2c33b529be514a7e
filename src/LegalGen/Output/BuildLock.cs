namespace LegalGen.Output;

/// <summary>
/// Says that a build is still running: its lock file beside the output (<see cref="OutputFolder.LockFile"/>),
/// held locked for the build's lifetime. A build creates its lock before its folders and deletes it after
/// them, and removes another build's folders only once it has taken that build's lock — which it can only
/// when that build has ended. The operating system releases a lock when its process ends, however it ends,
/// so the folders of a killed build are removed by the next one, and those of a running build never are.
/// On Unix the lock is <see cref="Flock"/>; on Windows the file is opened without sharing and deleted on
/// close (by Windows itself, also when the process is killed).
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private const int Attempts = 16;

    private static readonly FileOptions DeleteOnClose = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;

    private FileStream? _file;

    private BuildLock(string id, string path, FileStream? file)
    {
        Id = id;
        Path = path;
        _file = file;
    }

    public string Id { get; }

    public string Path { get; }

    /// <summary>A new build's lock, under a new id.</summary>
    public static BuildLock Create(OutputFolder output)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var id = Guid.NewGuid().ToString("N");
            var path = output.LockFile(id);
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, DeleteOnClose);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another build took the new file's lock first, taking it for an abandoned one: try another id.
                continue;
            }

            if (OperatingSystem.IsWindows()) return new BuildLock(id, path, file);
            var outcome = Flock.TryTake(file.SafeFileHandle);

            // Between creating the file and locking it, another build may have taken the lock and deleted the
            // file as abandoned; locked and still there, it is ours. A file system without locks: build anyway,
            // and others, unable to take this lock either, leave this build's folders alone.
            if (outcome == Flock.Outcome.NotSupported || (outcome == Flock.Outcome.Taken && File.Exists(path)))
                return new BuildLock(id, path, file);
            file.Dispose();
        }

        throw new IOException($"could not lock a new build beside '{output.FullPath}'");
    }

    /// <summary>
    /// The lock of the build <paramref name="id"/> once that build has ended, so that its folders can be
    /// removed; null while it is running (or when nobody can tell). A missing lock file means the build
    /// has ended: it is created before the build's folders and deleted after them.
    /// </summary>
    public static BuildLock? TakeOver(OutputFolder output, string id)
    {
        var path = output.LockFile(id);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, DeleteOnClose);
        }
        catch (FileNotFoundException)
        {
            return new BuildLock(id, path, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Open elsewhere without sharing (Windows, or .NET's own locking in another process) or unreadable.
            return null;
        }

        if (OperatingSystem.IsWindows() || Flock.TryTake(file.SafeFileHandle) == Flock.Outcome.Taken) return new BuildLock(id, path, file);
        file.Dispose();
        return null;
    }

    /// <summary>Deletes the lock file, then lets go of the lock.</summary>
    public void Dispose()
    {
        if (_file is null) return;
        try
        {
            if (!OperatingSystem.IsWindows()) File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is taken over and deleted by the next build.
        }

        _file.Dispose();
        _file = null;
    }
}
