using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test, to make a disk full or read-only for real. Mounting needs Linux and
/// root (as in CI); where it is not permitted, the tests that need it are skipped (<see cref="TmpfsFactAttribute"/>).
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    private Tmpfs(string folder) => Folder = folder;

    /// <summary>Why tmpfs cannot be mounted here; null when it can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    public string Folder { get; }

    public static Tmpfs Mount(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        var (ok, said) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
        Assert.True(ok, "mount failed: " + said);
        return new Tmpfs(folder);
    }

    public void RemountReadOnly()
    {
        var (ok, said) = Run("mount", "-o", "remount,ro", Folder);
        Assert.True(ok, "remount failed: " + said);
    }

    public void Dispose()
    {
        Run("umount", "-l", Folder);
        try
        {
            Directory.Delete(Folder);
        }
        catch (IOException)
        {
            // Removed with the test's temporary folder, or left for the system to clean.
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux, to mount a tmpfs";
        var folder = Path.Combine(Path.GetTempPath(), "legalgen-tests", "tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (ok, said) = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder);
            if (!ok) return $"needs permission to mount a tmpfs (root on Linux); mount said: {said.Trim()}";
            Run("umount", folder);
            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // Still mounted: left for the system to clean.
            }
        }
    }

    private static (bool Ok, string Said) Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var said = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, said);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }
}
