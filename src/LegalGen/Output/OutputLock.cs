using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LegalGen.Output;

/// <summary>
/// Held while a build puts its site in place, and while a build repairs a swap that was interrupted: one
/// at a time per output folder, so a repair never takes another build's swap in progress (the output
/// missing for an instant between two renames) for an interrupted one. It is held for a few system calls,
/// so waiting for it is short. On Unix: <see cref="Flock"/> on the output's parent folder, which needs no
/// file of its own; on Windows: a lock file beside the output, opened without sharing, deleted on close.
/// </summary>
internal sealed partial class OutputLock : IDisposable
{
    private const int OpenReadOnly = 0;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly IDisposable? _held;

    private OutputLock(IDisposable? held) => _held = held;

    public static OutputLock Acquire(OutputFolder output) =>
        new(OperatingSystem.IsWindows() ? AcquireFile(Path.Combine(output.Parent, $".{output.Name}.lock"), output) : AcquireFolder(output.Parent));

    public void Dispose() => _held?.Dispose();

    /// <summary>The parent folder, locked; null when it cannot be opened or locked: then swaps go unserialised, which matters only to the repair of an interrupted two-rename swap.</summary>
    private static SafeFileHandle? AcquireFolder(string folder)
    {
        var descriptor = open(folder, OpenReadOnly | CloseOnExec);
        if (descriptor < 0) return null;
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Flock.Take(handle)) return handle;
        handle.Dispose();
        return null;
    }

    private static FileStream AcquireFile(string path, OutputFolder output)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && DateTime.UtcNow < deadline)
            {
                // Another build is swapping (or its lock file is being deleted): a matter of milliseconds.
                Thread.Sleep(10);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"another build kept '{output.FullPath}' locked for {Patience.TotalMinutes} minutes", e);
            }
        }
    }

    /// <summary>O_CLOEXEC, so that no program started meanwhile inherits the lock.</summary>
    private static int CloseOnExec => OperatingSystem.IsMacOS() ? 0x1000000 : OperatingSystem.IsFreeBSD() ? 0x100000 : 0x80000;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);
}
