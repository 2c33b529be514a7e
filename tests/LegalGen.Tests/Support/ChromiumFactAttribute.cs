using LegalGen.Cli.Pdf;

namespace LegalGen.Tests.Support;

/// <summary>
/// A test that prints with a real Chromium or Chrome, found where <c>legalgen build --pdf</c> finds one; on a machine
/// without one, the test is reported as skipped, saying what was looked for.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser the tests print with, or null when this machine has none.</summary>
    public static string? Browser { get; } = BrowserLocator.Find(null).Found;

    public ChromiumFactAttribute()
    {
        if (Browser is null)
            Skip = $"skipped: no Chromium or Chrome on this machine ({string.Join(", ", BrowserLocator.Find(null).LookedAt)}); install chromium to run it";
    }
}
