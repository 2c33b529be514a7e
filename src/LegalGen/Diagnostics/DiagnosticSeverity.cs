namespace LegalGen.Diagnostics;

/// <summary>How serious a content problem is: errors fail every build, warnings only a strict one.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
