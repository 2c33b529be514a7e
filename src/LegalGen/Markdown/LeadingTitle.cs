using LegalGen.Diagnostics;
using LegalGen.Text;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// A text that begins with a level-1 heading (<c># Privacy Policy</c>), as texts written for GitHub or kramdown
/// usually do, would show its title twice — the page's own title from the front matter, then the heading — and list
/// it as the first item of the contents. So a leading level-1 heading is not rendered; the page's title stands for it.
/// Where it says something else than the title, which of the two readers should see is a question only the editor
/// can answer: a located warning asks it.
/// </summary>
internal static class LeadingTitle
{
    public static void Apply(MarkdownDocument document, string? title, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (document.Count == 0 || document[0] is not HeadingBlock { Level: 1 } heading) return;
        document.RemoveAt(0);

        var text = Words(string.Concat(InlineRunCollector.Collect(heading.Inline).Select(r => r.Text)));
        if (title is null || SameWords(text, Words(title))) return;
        diagnostics.Warning(DiagnosticCodes.LeadingHeadingDiffers, new SourceLocation(file, firstLine + heading.Line, heading.Column + 1),
            $"the text begins with the heading '{text}', which is not its title '{Words(title)}'; the page shows the title, and this heading is not shown",
            "make the heading the same as 'title:' in the front matter, or delete it; to keep it as a section of the text, make it a level-2 heading ('## …')");
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameWords(string a, string b) => string.Equals(Folded(a), Folded(b), StringComparison.Ordinal);

    private static string Folded(string text)
    {
        var nfc = CanonicalNormalization.ToNfc(text);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = SimpleCaseMapping.ToLower(source[i]);
        });
    }
}
