using System.Runtime.InteropServices;

namespace LegalGen.Output;

/// <summary>
/// flock(2) on Unix: an advisory lock that belongs to an open file, not to a process — so two opens in one
/// process exclude each other too — and that the kernel releases when the file is closed, also when the
/// process is killed. LegalGen calls it directly because <c>FileShare.None</c> takes no lock at all when
/// <c>System.IO.DisableFileLocking</c> is set, as the <c>legalgen</c> command sets it.
/// </summary>
internal static partial class Flock
{
    private const int LockExclusive = 2;
    private const int NonBlocking = 4;
    private const int Interrupted = 4;

    public enum Outcome
    {
        Taken,
        HeldElsewhere,

        /// <summary>The file system does not lock (some network file systems): nobody can tell who holds what.</summary>
        NotSupported,
    }

    /// <summary>Takes the exclusive lock if nobody holds it, without waiting.</summary>
    public static Outcome TryTake(SafeHandle file)
    {
        while (true)
        {
            if (flock(Descriptor(file), LockExclusive | NonBlocking) == 0) return Outcome.Taken;
            var errno = Marshal.GetLastPInvokeError();
            if (errno == Interrupted) continue;
            return errno == WouldBlock ? Outcome.HeldElsewhere : Outcome.NotSupported;
        }
    }

    /// <summary>Takes the exclusive lock, waiting for its holder to let go; false when the file system cannot lock.</summary>
    public static bool Take(SafeHandle file)
    {
        while (true)
        {
            if (flock(Descriptor(file), LockExclusive) == 0) return true;
            if (Marshal.GetLastPInvokeError() != Interrupted) return false;
        }
    }

    /// <summary>EWOULDBLOCK: 35 on macOS and the BSDs, 11 on Linux.</summary>
    private static int WouldBlock => OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 35 : 11;

    private static int Descriptor(SafeHandle file) => (int)file.DangerousGetHandle();

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(int fd, int operation);
}
