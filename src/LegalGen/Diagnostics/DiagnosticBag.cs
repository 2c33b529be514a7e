namespace LegalGen.Diagnostics;

/// <summary>Collects the diagnostics of one build, from several threads, and hands them out sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.IsError); }
    }

    public int ErrorCount
    {
        get { lock (_gate) return _items.Count(d => d.IsError); }
    }

    public void AddRange(DiagnosticBag other)
    {
        foreach (var d in other.ToSortedList()) Add(d);
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, at, message, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, at, message, hint));

    /// <summary>Sorted by file, line, column, then code, so output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
