using System.ComponentModel;
using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>A test that runs a page's script in Node.js; skipped, saying why, on a machine without <c>node</c> (CI has it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!NodeIsInstalled.Value) Skip = "skipped: Node.js (node) is not installed on this machine, and the test runs a page's script in it";
    }

    internal static readonly Lazy<bool> NodeIsInstalled = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    });
}
