using LegalGen.Diagnostics;

namespace LegalGen.Content;

/// <summary>
/// Checks a text's blocks — runs of lines with no empty line between them — against
/// <see cref="ContentLimits.MaxBlockCharacters"/> before it is parsed: the Markdown parser's time on one
/// block can grow with the square of its length, so a bounded block bounds the build.
/// </summary>
public static class TextBlocks
{
    /// <summary>False (with a located error) when a block of <paramref name="text"/>, which starts on line <paramref name="firstLine"/>, is too long.</summary>
    public static bool CheckSize(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var line = firstLine;
        var blockLine = firstLine;
        var blockLength = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0) end = text.Length;
            if (text.AsSpan(lineStart, end - lineStart).IsWhiteSpace())
            {
                blockLength = 0;
                blockLine = line + 1;
            }
            else if ((blockLength += end - lineStart + 1) > ContentLimits.MaxBlockCharacters)
            {
                diagnostics.Error(DiagnosticCodes.BlockTooLarge, new SourceLocation(file, blockLine, 1),
                    $"the block of text that starts here has more than {ContentLimits.MaxBlockCharacters / 1024} K characters with no empty line",
                    "separate paragraphs, list items and tables with an empty line; split a very long table in two");
                return false;
            }

            lineStart = end + 1;
            line++;
        }

        return true;
    }
}
