namespace LegalGen.Pages.Views;

/// <summary>The parallel-language page's data: the binding text and a translation of one version, block by block.</summary>
public sealed record ParallelView(VersionView Source, VersionView Translation, IReadOnlyList<ParallelRow> Rows, int Drifts);
