namespace LegalGen.Cli.Printing;

/// <summary>How diagnostics are printed (<c>--format</c>).</summary>
internal enum DiagnosticFormat
{
    /// <summary>For people: location, message, the offending line with a caret, the hint.</summary>
    Text,

    /// <summary>GitHub Actions annotations, shown on the pull request's lines.</summary>
    GitHub,

    /// <summary>A JSON array, for other tools.</summary>
    Json,
}
