namespace LegalGen.Cli.Pdf;

/// <summary>Where a browser to print PDFs with was looked for, and the one found there (null when none was).</summary>
/// <param name="Given">The path (or command name) the user gave, and how they gave it; null when the usual places were searched.</param>
internal sealed record BrowserSearch(string? Found, IReadOnlyList<string> LookedAt, (string Value, string Source)? Given = null);
