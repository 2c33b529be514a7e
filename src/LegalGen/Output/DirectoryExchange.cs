using System.Runtime.InteropServices;

namespace LegalGen.Output;

/// <summary>
/// Exchanges two folders in one system call, so that each path names one of them at every instant:
/// <c>renameat2(…, RENAME_EXCHANGE)</c> on Linux (kernel 3.15, glibc 2.28), <c>renamex_np(…, RENAME_SWAP)</c>
/// on macOS. Windows has no such call, and some file systems (network, FUSE) refuse it: then the caller
/// swaps with two renames instead.
/// </summary>
internal static partial class DirectoryExchange
{
    private const int AtCurrentFolder = -100;
    private const uint LinuxRenameExchange = 2;
    private const uint MacRenameSwap = 2;

    /// <summary>True when exchanged; false when the exchange is not available here; an <see cref="IOException"/> when it failed.</summary>
    public static bool TryExchange(string first, string second)
    {
        int result;
        try
        {
            if (OperatingSystem.IsLinux()) result = renameat2(AtCurrentFolder, first, AtCurrentFolder, second, LinuxRenameExchange);
            else if (OperatingSystem.IsMacOS()) result = renamex_np(first, second, MacRenameSwap);
            else return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without the call (glibc before 2.28): rename twice.
            return false;
        }

        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (IsUnsupported(errno)) return false;
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{second}'", errno);
    }

    /// <summary>EINVAL and ENOTSUP/EOPNOTSUPP (the file system cannot), ENOSYS (the kernel cannot).</summary>
    private static bool IsUnsupported(int errno) => errno == 22 || (OperatingSystem.IsMacOS()
        ? errno is 45 or 78 or 102
        : errno is 95 or 38);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renamex_np(string from, string to, uint flags);
}
