using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Files;

namespace LegalGen.Import;

/// <summary>
/// Decides what becomes of each file the import would write, and writes all of them or none. A file that is not
/// there is written; one with the same bytes is left; one whose bytes are still those the import wrote (by the
/// <see cref="ImportRecord"/>) is brought up to date; one edited since, for which the history gives the same text
/// as before, is left as edited. Any other file in the way — edited, or never written by an import — refuses the
/// whole import (LG071), before anything is written.
/// </summary>
internal static class ImportWriter
{
    /// <summary>A file the import would write, by its name in the policy folder.</summary>
    public sealed record PlannedFile(string FileName, byte[] Bytes, string Commit, string Source);

    public static Dictionary<string, FileOutcome> Decide(string policyFolder, string policy, IReadOnlyList<PlannedFile> files, ImportRecord record, DiagnosticBag diagnostics)
    {
        var outcomes = new Dictionary<string, FileOutcome>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(policyFolder, file.FileName);
            var relative = policy + "/" + file.FileName;
            if (FileKinds.Of(path) == FileKind.Missing)
            {
                outcomes[file.FileName] = FileOutcome.Written;
                continue;
            }

            var existing = ContentFile.Read(path, relative, diagnostics);
            if (existing is null) continue;
            if (existing.AsSpan().SequenceEqual(file.Bytes))
            {
                outcomes[file.FileName] = FileOutcome.Unchanged;
                continue;
            }

            var recorded = record.HashOf(file.FileName);
            if (recorded == ImportRecord.Hash(existing)) outcomes[file.FileName] = FileOutcome.Updated;
            else if (recorded == ImportRecord.Hash(file.Bytes)) outcomes[file.FileName] = FileOutcome.KeptEdited;
            else Refuse(relative, recorded is not null, file.Source, diagnostics);
        }

        return outcomes;
    }

    /// <summary>
    /// Writes the new and updated files, then the record: each file first beside its place under a hidden name, then
    /// all moved into place, so a failure while writing leaves the folder as it was.
    /// </summary>
    public static void Write(string policyFolder, IReadOnlyList<PlannedFile> files, IReadOnlyDictionary<string, FileOutcome> outcomes, ImportRecord record)
    {
        foreach (var file in files.Where(f => outcomes[f.FileName] != FileOutcome.KeptEdited))
            record.Set(file.FileName, ImportRecord.Hash(file.Bytes), file.Commit, file.Source);
        var writes = files.Where(f => outcomes[f.FileName] is FileOutcome.Written or FileOutcome.Updated)
            .Select(f => (f.FileName, f.Bytes))
            .Append((ImportRecord.FileName, record.ToBytes()))
            .Where(w => !IsSame(Path.Combine(policyFolder, w.Item1), w.Item2))
            .ToList();
        if (writes.Count == 0) return;

        Directory.CreateDirectory(policyFolder);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (name, bytes) in writes)
            {
                var temporary = Path.Combine(policyFolder, $".{name}.importing");
                staged.Add((temporary, Path.Combine(policyFolder, name)));
                File.WriteAllBytes(temporary, bytes);
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged) File.Delete(temporary);
            throw;
        }

        foreach (var (temporary, final) in staged) File.Move(temporary, final, overwrite: true);
    }

    private static bool IsSame(string path, byte[] bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static void Refuse(string relative, bool imported, string source, DiagnosticBag diagnostics)
    {
        var what = imported
            ? "this file was edited since it was imported, and the history now gives it another text"
            : "this file was not written by an import, and the history gives it another text";
        diagnostics.Error(DiagnosticCodes.ImportedFileChanged, SourceLocation.StartOf(relative),
            what + $" (from {source}); nothing was imported, so that no one's work is overwritten",
            "to keep this text, make the change in the repository and commit it there; to take the history's text, delete this file; then import again");
    }
}
