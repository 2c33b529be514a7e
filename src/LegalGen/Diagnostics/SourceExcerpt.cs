using System.Text;

namespace LegalGen.Diagnostics;

/// <summary>
/// The source line a diagnostic points at, to show under its message with a caret under the column.
/// Tabs and control characters show as one space each, so the caret lines up; a very long line is cut
/// around the column.
/// </summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Text">The line as shown.</param>
/// <param name="Caret">The 1-based position of the caret in <paramref name="Text"/>.</param>
/// <param name="Width">How many characters to underline: the word at the column, at least one.</param>
public sealed record SourceExcerpt(int Line, string Text, int Caret, int Width)
{
    /// <summary>Longer lines are cut to about this many characters around the column.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// The codes that are about a file as a whole (its name, place, size or existence, or a key missing from
    /// its front matter), not a place in it.
    /// </summary>
    private static readonly HashSet<string> WholeFileCodes =
    [
        DiagnosticCodes.SiteFileMissing, DiagnosticCodes.FileNameInvalid, DiagnosticCodes.PolicyFolderInvalid,
        DiagnosticCodes.DuplicateVersion, DiagnosticCodes.OrphanTranslation, DiagnosticCodes.UnexpectedFile,
        DiagnosticCodes.ContentFolderMissing, DiagnosticCodes.FileTooLarge, DiagnosticCodes.MissingKey, DiagnosticCodes.VersionNotAfterLatest,
        DiagnosticCodes.VersionFileExists, DiagnosticCodes.SymbolicLink, DiagnosticCodes.SpecialFile, DiagnosticCodes.ImportedFileChanged,
    ];

    /// <summary>The line <paramref name="diagnostic"/> points at, or null when it is about a whole file or the line cannot be read.</summary>
    public static SourceExcerpt? Read(Diagnostic diagnostic, string contentDirectory)
    {
        if (IsAboutWholeFile(diagnostic)) return null;
        var path = DiagnosticPaths.FromCurrentFolder(diagnostic, contentDirectory);
        var line = ReadLine(path, diagnostic.Location.Line);
        return line is null ? null : Of(diagnostic.Location.Line, line, diagnostic.Location.Column);
    }

    /// <summary>An excerpt of <paramref name="line"/> with the caret at <paramref name="column"/> (1-based).</summary>
    public static SourceExcerpt Of(int lineNumber, string line, int column)
    {
        var text = new StringBuilder(line.Length);
        foreach (var c in line) text.Append(char.IsControl(c) ? ' ' : c);
        var shown = text.ToString().TrimEnd();
        var caret = Math.Clamp(column, 1, shown.Length + 1);
        var width = 0;
        while (caret - 1 + width < shown.Length && IsWordChar(shown[caret - 1 + width])) width++;
        width = Math.Max(width, 1);

        if (shown.Length <= MaxLength) return new SourceExcerpt(lineNumber, shown, caret, width);
        var start = Math.Clamp(caret - 1 - MaxLength / 3, 0, shown.Length - MaxLength);
        if (start > 0 && char.IsLowSurrogate(shown[start])) start++;
        var end = Math.Min(shown.Length, start + MaxLength);
        var cut = (start > 0 ? "…" : "") + shown[start..end] + (end < shown.Length ? "…" : "");
        var shift = start > 0 ? start - 1 : 0;
        return new SourceExcerpt(lineNumber, cut, caret - shift, Math.Min(width, cut.Length - (caret - shift) + 1));
    }

    /// <summary>
    /// True for diagnostics about a file as a whole. A file-name language (LG005) and NUL characters (LG014)
    /// are reported at 1:1 of the file, where a misplaced language tag or bad byte never is.
    /// </summary>
    public static bool IsAboutWholeFile(Diagnostic diagnostic) =>
        WholeFileCodes.Contains(diagnostic.Code)
        || (diagnostic.Code is DiagnosticCodes.UnknownLanguage or DiagnosticCodes.InvalidEncoding
            && diagnostic.Location is { Line: 1, Column: 1 });

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    private static string? ReadLine(string path, int number)
    {
        // Only a regular file is opened: a FIFO would block, a device never end.
        if (number < 1 || Files.FileKinds.Of(path) != Files.FileKind.RegularFile) return null;
        try
        {
            // Lenient decoding: the line of an invalid-UTF-8 diagnostic still shows, with U+FFFD for the bad byte.
            using var reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            for (var i = 1; ; i++)
            {
                var line = reader.ReadLine();
                if (line is null || i == number) return line;
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
