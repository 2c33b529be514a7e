namespace LegalGen.Scaffolding;

/// <summary>One file a starter writes: its path relative to the folder (forward slashes), its bytes, and whether it is a program to run (a git hook).</summary>
public sealed record StarterFile(string Path, byte[] Bytes, bool Executable = false)
{
    public static StarterFile Text(string path, string text, bool executable = false) =>
        new(path, new System.Text.UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n")), executable);
}
