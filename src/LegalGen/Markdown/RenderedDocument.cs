namespace LegalGen.Markdown;

/// <summary>A policy text rendered once and used everywhere: its HTML, its contents and its blocks for diffs.</summary>
public sealed record RenderedDocument(string Html, IReadOnlyList<TocEntry> Toc, IReadOnlyList<DocumentBlock> Blocks);
