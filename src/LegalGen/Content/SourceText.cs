using System.Text;
using LegalGen.Diagnostics;

namespace LegalGen.Content;

/// <summary>
/// Turns a file's bytes into text the way editors expect: strict UTF-8 (a located error for bad bytes),
/// an optional byte-order mark dropped, CRLF and CR normalised to LF, and control characters and
/// non-characters removed with a located warning (<see cref="DisallowedCharacters"/>).
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidByte(bytes, start);
            var (line, column) = LineAndColumnOf(bytes, start, offset);
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(file, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at byte offset {offset})",
                "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)");
            return null;
        }

        if (text.Contains('\0'))
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, SourceLocation.StartOf(file),
                "the file contains NUL characters; it looks like a binary file, not Markdown",
                "version files must be plain UTF-8 text");
            return null;
        }

        return DisallowedCharacters.Remove(NormalizeLineEndings(text), file, 1, diagnostics);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = start; i < bytes.Length; i++)
        {
            // Feed one byte at a time: the first one the decoder rejects (or that starts a rejected sequence) is the culprit.
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                // Index is relative to the byte just fed: negative when the bad sequence began in earlier bytes.
                var bad = i + e.Index;
                return Math.Clamp(bad, start, bytes.Length - 1);
            }
        }

        return bytes.Length - 1;
    }

    private static (int Line, int Column) LineAndColumnOf(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, not bytes: decode what precedes the bad byte on its line.
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return (line, column);
    }
}
