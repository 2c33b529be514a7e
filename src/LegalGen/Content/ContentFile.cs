using LegalGen.Diagnostics;
using LegalGen.Files;

namespace LegalGen.Content;

/// <summary>
/// Reads one file of the content folder with every guard: it must be a regular file (not a symbolic link,
/// a FIFO, a device or a socket, which could lead out of the folder, block forever or never end), and no
/// more than <see cref="ContentLimits.MaxFileBytes"/> are read, whatever size the file claims.
/// </summary>
internal static class ContentFile
{
    /// <summary>The file's bytes, or null with a located error.</summary>
    public static byte[]? Read(string path, string relative, DiagnosticBag diagnostics)
    {
        if (!IsRegular(path, relative, diagnostics)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, ContentLimits.MaxFileBytes + 1 - bytes.Length))) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > ContentLimits.MaxFileBytes) return TooLarge(stream, relative, diagnostics);
            }

            return bytes.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SiteFileInvalid, SourceLocation.StartOf(relative), $"the file cannot be read: {e.Message}",
                "check that the file exists and that you may read it");
            return null;
        }
    }

    /// <summary>True for a regular file; a located error for a link or a special file.</summary>
    public static bool IsRegular(string path, string relative, DiagnosticBag diagnostics)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.SymbolicLink:
                diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.StartOf(relative),
                    "this is a symbolic link: nothing inside the content folder may lead out of it",
                    "replace the link with the file itself (the content folder as a whole may be a link)");
                return false;
            case FileKind.Special:
                diagnostics.Error(DiagnosticCodes.SpecialFile, SourceLocation.StartOf(relative),
                    "this is not a regular file but a FIFO, a device or a socket, which LegalGen does not read",
                    "replace it with a regular file, or remove it");
                return false;
            default:
                return true;
        }
    }

    private static byte[]? TooLarge(FileStream stream, string relative, DiagnosticBag diagnostics)
    {
        var length = stream.CanSeek ? stream.Length : ContentLimits.MaxFileBytes + 1;
        diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(relative),
            $"the file is {length / 1024 / 1024.0:0.0} MiB; the limit is {ContentLimits.MaxFileBytes / 1024 / 1024} MiB",
            "split the document, or check that this is really a policy text");
        return null;
    }
}
