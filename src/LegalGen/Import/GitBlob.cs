namespace LegalGen.Import;

/// <summary>A file's bytes at a commit, or how big it was when too big to read (<see cref="Bytes"/> null).</summary>
internal sealed record GitBlob(byte[]? Bytes, long Size);
