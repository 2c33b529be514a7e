using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;

namespace LegalGen.Translations;

/// <summary>
/// Checks that each translation has the structure of the binding text it was made from — the same headings,
/// paragraphs, list items and table rows, in order — and warns, with both files' locations, where they drift
/// apart: a section missing, a list item extra, a paragraph that became a list item. A drifted translation is
/// often an outdated or incomplete one.
/// </summary>
public static class TranslationParity
{
    /// <summary>At most this many drift warnings per translation, then one saying how many more.</summary>
    public const int MaxWarningsPerFile = 10;

    /// <summary>
    /// Checks each translation of <paramref name="version"/> against the binding text it was made from: this version's,
    /// or, for a translation of an older version (<see cref="Translation.TranslationOf"/>), that version's — a translation
    /// known to be older is not also reported as drifting from a binding text it never translated.
    /// </summary>
    public static void Check(Policy policy, PolicyVersion version, Func<Translation, RenderedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var translation in version.Translations.Values.Where(t => t.Language != version.SourceLanguage).OrderBy(t => t.Language, StringComparer.Ordinal))
        {
            var source = (translation.TranslationOf is { } basis ? policy.VersionOn(basis) : null)?.Source ?? version.Source;
            Check(source, documents(source).Blocks, translation, documents(translation).Blocks, diagnostics);
        }
    }

    private static void Check(Translation source, IReadOnlyList<DocumentBlock> sourceBlocks, Translation translation, IReadOnlyList<DocumentBlock> blocks, DiagnosticBag diagnostics)
    {
        var aligned = StructureAligner.Align(sourceBlocks, blocks);
        var warnings = 0;
        var extra = 0;
        for (var i = 0; i < aligned.Count; i++)
        {
            var pair = aligned[i];
            if (pair.IsMatched) continue;
            if (++warnings > MaxWarningsPerFile)
            {
                extra++;
                continue;
            }

            var (at, message) = (pair.Source, pair.Translation) switch
            {
                ({ } s, null) => (NextTranslationLine(aligned, i, translation),
                    $"the binding text has {Describe(s)} here that this translation lacks ({Locate(source, s)})"),
                (null, { } t) => (FileLine(translation, t),
                    $"{Capitalised(Describe(t))} has no counterpart in the binding text ({source.SourcePath})"),
                ({ } s, { } t) => (FileLine(translation, t),
                    $"this is {Describe(t)} where the binding text has {Describe(s)} ({Locate(source, s)})"),
                _ => throw new InvalidOperationException("An aligned pair has at least one side."),
            };
            diagnostics.Warning(DiagnosticCodes.TranslationStructure, new SourceLocation(translation.SourcePath, at, 1), message,
                "give the translation the binding text's structure: the same headings, paragraphs, list items and table rows, in the same order");
        }

        if (extra > 0)
        {
            diagnostics.Warning(DiagnosticCodes.TranslationStructure, new SourceLocation(translation.SourcePath, translation.BodyStartLine, 1),
                $"{extra} more places where this translation's structure differs from the binding text ({source.SourcePath})",
                "compare the two files side by side; fix the first differences and build again");
        }
    }

    private static int FileLine(Translation file, DocumentBlock block) => file.BodyStartLine + Math.Max(block.Line, 1) - 1;

    private static string Locate(Translation file, DocumentBlock block) => $"{file.SourcePath}:{FileLine(file, block)}";

    /// <summary>Where a missing block would go: the next block the translation does have, else its last line.</summary>
    private static int NextTranslationLine(IReadOnlyList<AlignedBlocks> aligned, int from, Translation translation)
    {
        for (var i = from + 1; i < aligned.Count; i++)
            if (aligned[i].Translation is { } next) return FileLine(translation, next);
        var last = aligned.LastOrDefault(a => a.Translation is not null)?.Translation;
        return last is null ? translation.BodyStartLine : FileLine(translation, last);
    }

    private static string Describe(DocumentBlock block)
    {
        var words = string.Join(' ', block.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
        var quoted = words.Length == 0 ? "" : $" (\"{words}…\")";
        return block.Kind switch
        {
            BlockKind.Heading => $"a level-{block.Level} heading{quoted}",
            BlockKind.ListItem => $"a list item{quoted}",
            BlockKind.TableRow => $"a table row of {block.Cells.Count} cells{quoted}",
            BlockKind.Quote => $"a quotation{quoted}",
            BlockKind.Code => "a code block",
            BlockKind.Rule => "a horizontal rule",
            _ => $"a paragraph{quoted}",
        };
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
