using System.Diagnostics;

namespace LegalGen.Tests.Text;

/// <summary>
/// The Unicode Character Database's NormalizationTest.txt, where the machine has it (Debian and Ubuntu:
/// <c>apt-get install unicode-data</c>, which ships it compressed with bzip2).
/// </summary>
internal static class NormalizationTestFile
{
    private const string Plain = "/usr/share/unicode/NormalizationTest.txt";
    private const string Compressed = Plain + ".bz2";

    /// <summary>Why the file cannot be read here, or null when it can.</summary>
    public static string? Missing { get; } =
        File.Exists(Plain) ? null
        : !File.Exists(Compressed) ? $"{Plain} not found (apt-get install unicode-data)"
        : !OnPath("bzip2") ? $"{Compressed} found but no bzip2 to read it"
        : null;

    public static IReadOnlyList<string> ReadLines()
    {
        if (File.Exists(Plain)) return File.ReadAllLines(Plain);
        var start = new ProcessStartInfo("bzip2") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-dc", Compressed }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"bzip2 -dc {Compressed} failed with exit code {process.ExitCode}");
        return text.Split('\n');
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}
