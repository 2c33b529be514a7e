namespace LegalGen.Output;

/// <summary>
/// Why the site could not be written, when the machine is at fault — a full disk, a read-only file system,
/// a missing permission — not the content, nor LegalGen. The previous site is left as it was.
/// </summary>
/// <param name="Path">The output folder as the user named it.</param>
/// <param name="Cause">What went wrong, in plain words, e.g. "no space left on the device".</param>
/// <param name="Remedy">What to do about it.</param>
public sealed record OutputFault(string Path, string Cause, string Remedy)
{
    public string Message => $"cannot write the site to '{Path}': {Cause} ({Remedy})";

    internal static OutputFault From(Exception e, OutputFolder output)
    {
        var (cause, remedy) = FileSystemError.Describe(e, output.FullPath);
        return new OutputFault(output.Given, cause, remedy);
    }
}
