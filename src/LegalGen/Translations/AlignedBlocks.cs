using LegalGen.Markdown;

namespace LegalGen.Translations;

/// <summary>
/// A block of the binding text and its counterpart in a translation, matched by structure (kind and level,
/// in order) since their words differ. One side is null where the structures drift apart.
/// </summary>
public sealed record AlignedBlocks(DocumentBlock? Source, DocumentBlock? Translation)
{
    public bool IsMatched => Source is not null && Translation is not null && StructureAligner.KeyOf(Source) == StructureAligner.KeyOf(Translation);
}
