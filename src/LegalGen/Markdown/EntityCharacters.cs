using LegalGen.Content;
using LegalGen.Diagnostics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Applies <see cref="DisallowedCharacters"/> to what HTML entities in the text stand for: <c>&amp;#27;</c> is an
/// escape character as surely as the byte itself, and is removed the same way, with a warning.
/// </summary>
internal static class EntityCharacters
{
    public static void Apply(MarkdownDocument document, string file, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var entity in document.Descendants<HtmlEntityInline>().ToList())
        {
            var text = entity.Transcoded.ToString();
            if (DisallowedCharacters.IsClean(text)) continue;
            var at = new SourceLocation(file, firstLine + Math.Max(entity.Line, 0), entity.Column + 1);
            entity.Transcoded = new StringSlice(DisallowedCharacters.Remove(text, at, diagnostics));
        }
    }
}
