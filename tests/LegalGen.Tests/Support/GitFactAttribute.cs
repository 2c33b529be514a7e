using System.ComponentModel;
using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>A test that makes git repositories; skipped, saying why, on a machine without git.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GitFactAttribute : FactAttribute
{
    public GitFactAttribute()
    {
        if (!GitIsInstalled.Value) Skip = "skipped: git is not installed on this machine, and the test makes a git repository";
    }

    internal static readonly Lazy<bool> GitIsInstalled = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    });
}
