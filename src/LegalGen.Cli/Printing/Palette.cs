using Spectre.Console;

namespace LegalGen.Cli.Printing;

/// <summary>The colours of LegalGen's terminal output, in one place.</summary>
internal static class Palette
{
    public static readonly Style Error = new(Color.Red, decoration: Decoration.Bold);
    public static readonly Style Warning = new(Color.Yellow, decoration: Decoration.Bold);
    public static readonly Style Location = new(decoration: Decoration.Bold);
    public static readonly Style Gutter = new(Color.Blue);
    public static readonly Style Hint = new(Color.Cyan);
    public static readonly Style Success = new(Color.Green);
    public static readonly Style Dim = new(decoration: Decoration.Dim);
    public static readonly Style Deleted = new(Color.Red, decoration: Decoration.Strikethrough);
    public static readonly Style Inserted = new(Color.Green, decoration: Decoration.Underline);

    public static Style For(LegalGen.Diagnostics.Diagnostic diagnostic) => diagnostic.IsError ? Error : Warning;
}
