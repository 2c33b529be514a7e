namespace LegalGen.Diagnostics;

/// <summary>A place in a source file, 1-based, with the file path as the user typed it (relative, forward slashes).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
