using LegalGen.Diagnostics;

namespace LegalGen.Content;

/// <summary>A version file cut in two: the YAML between the <c>---</c> lines and the Markdown after them.</summary>
internal sealed record FrontMatterSplit(string Yaml, int YamlStartLine, string Body, int BodyStartLine);

internal static class FrontMatterSplitter
{
    private const string Fence = "---";

    public static FrontMatterSplit? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            var what = text.Trim().Length == 0 ? "the file is empty" : "the file does not start with front matter";
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceLocation.StartOf(file), what,
                "start the file with a line '---', then 'title: …' and the other keys, then a line '---', then the text");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is Fence or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return new FrontMatterSplit(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, SourceLocation.StartOf(file),
            "the front matter opened on line 1 is never closed",
            "add a line '---' after the last front-matter key, before the text of the policy");
        return null;
    }
}
