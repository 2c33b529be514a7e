namespace LegalGen.Diagnostics;

/// <summary>
/// One content problem, located and explained: what is wrong (<see cref="Message"/>) and how to fix it
/// (<see cref="Hint"/>). Content mistakes are data, never exceptions.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    SourceLocation Location,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{Location}: {severity} {Code}: {Message}{hint}";
    }
}
