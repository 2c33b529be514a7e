using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>Makes FIFOs for tests of special files (Unix only: Windows folders hold none).</summary>
internal static class SpecialFiles
{
    /// <summary>Creates a FIFO at <paramref name="path"/>; false where the platform has none.</summary>
    public static bool TryMakeFifo(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0;
    }
}
