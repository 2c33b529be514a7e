namespace LegalGen.Output;

/// <summary>
/// A file-system exception in plain words, with what to do about it. On Unix, .NET keeps the raw errno in
/// <see cref="Exception.HResult"/> of a plain <see cref="IOException"/> (and of the one inside an
/// <see cref="UnauthorizedAccessException"/>); on Windows the HResult carries the Win32 error code.
/// </summary>
internal static class FileSystemError
{
    private const string Elsewhere = "or build into another output folder";

    private enum Kind
    {
        Other,
        NotPermitted,
        AccessDenied,
        NoSpace,
        QuotaExceeded,
        ReadOnly,
        InputOutput,
        Busy,
        CrossDevice,
        NotAFolder,
        PathTooLong,
    }

    public static (string Cause, string Remedy) Describe(Exception e, string outputPath) => KindOf(e, outputPath) switch
    {
        Kind.NoSpace => ("no space left on the device", "free some space there, " + Elsewhere),
        Kind.QuotaExceeded => ("the disk quota is used up", "free some space within your quota, " + Elsewhere),
        Kind.ReadOnly => ("the file system is read-only", "build into a writable output folder"),
        Kind.AccessDenied => ("permission denied", "make the folder and the folder it is in writable for this user, " + Elsewhere),
        Kind.NotPermitted => ("the operation is not permitted (is a file there immutable, or the folder protected?)",
            "check the folder's attributes and permissions, " + Elsewhere),
        Kind.InputOutput => ("the device reported an input/output error", "check the disk, then build again"),
        Kind.Busy => ("the folder is in use, or is a mount point, which cannot be replaced", "build into a folder inside it, e.g. <folder>/site"),
        Kind.CrossDevice => ("the output folder is on another file system than the folder it is in (a mount point?)",
            "build into a folder inside it, e.g. <folder>/site"),
        Kind.PathTooLong => ("a path in the site is too long for the file system", "choose an output folder with a shorter path"),
        Kind.NotAFolder => FileOnTheWay(outputPath) is { } file
            ? ($"'{file}' is a file, not a folder", "move that file away, or choose another output folder")
            : ("a folder on the way to it is missing or not a folder", "check the path, then build again"),
        _ => (Plain(e.Message), "check the folder and the disk, then build again"),
    };

    private static Kind KindOf(Exception e, string outputPath)
    {
        if (e is PathTooLongException) return Kind.PathTooLong;

        // Reported by .NET as a part of the path not found (ENOTDIR), or as a file that already exists
        // (creating the folder), depending on where it is met.
        if (e is DirectoryNotFoundException || FileOnTheWay(outputPath) is not null) return Kind.NotAFolder;
        var io = e is UnauthorizedAccessException { InnerException: IOException inner } ? inner : e;
        var code = io.GetType() == typeof(IOException) ? io.HResult : 0;
        var kind = OperatingSystem.IsWindows() ? FromWin32(code & 0xFFFF) : FromErrno(code);
        return kind == Kind.Other && e is UnauthorizedAccessException ? Kind.AccessDenied : kind;
    }

    /// <summary>errno values; the low ones are the same on Linux and macOS, EDQUOT is not.</summary>
    private static Kind FromErrno(int errno) => errno switch
    {
        1 => Kind.NotPermitted,
        5 => Kind.InputOutput,
        13 => Kind.AccessDenied,
        16 => Kind.Busy,
        18 => Kind.CrossDevice,
        20 => Kind.NotAFolder,
        28 => Kind.NoSpace,
        30 => Kind.ReadOnly,
        122 when !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD() => Kind.QuotaExceeded,
        69 when OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() => Kind.QuotaExceeded,
        _ => Kind.Other,
    };

    private static Kind FromWin32(int error) => error switch
    {
        5 => Kind.AccessDenied,
        17 => Kind.CrossDevice,
        19 => Kind.ReadOnly,
        32 or 33 => Kind.Busy,
        39 or 112 => Kind.NoSpace,
        1295 => Kind.QuotaExceeded,
        _ => Kind.Other,
    };

    /// <summary>The first existing part of the output's path (itself included) that is a file.</summary>
    private static string? FileOnTheWay(string outputPath)
    {
        for (var path = outputPath; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
            if (File.Exists(path)) return path;
        return null;
    }

    /// <summary>.NET's message without the path it ends with (the fault names the output already), lower-cased.</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return text.Length == 0 ? "an input/output error" : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
