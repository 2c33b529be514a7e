using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>
/// Makes a file immutable with <c>chattr +i</c>: nobody, root included, may delete it or the folder it is
/// in. Needs Linux, root and a file system with the attribute (ext4, xfs, btrfs…) for the temporary
/// folder; elsewhere the tests that need it are skipped (<see cref="ImmutableFileFactAttribute"/>).
/// </summary>
internal static class ImmutableFile
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Why files cannot be made immutable here; null when they can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    public static void Set(string file) => Assert.True(Chattr("+i", file).Ok, "chattr +i failed on " + file);

    public static void Clear(string file) => Chattr("-i", file);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux, to make a file immutable with chattr";
        var folder = Path.Combine(Path.GetTempPath(), "legalgen-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "chattr-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "x");
        try
        {
            var (ok, said) = Chattr("+i", file);
            if (!ok) return $"needs 'chattr +i' on the temporary folder's file system (root, and ext4 or the like); chattr said: {said.Trim()}";
            Chattr("-i", file);
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (bool Ok, string Said) Chattr(string flag, string file)
    {
        try
        {
            var start = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(flag);
            start.ArgumentList.Add(file);
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
