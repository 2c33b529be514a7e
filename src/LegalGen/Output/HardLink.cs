using System.Runtime.InteropServices;

namespace LegalGen.Output;

/// <summary>
/// Creates a hard link: a second name for an existing file's bytes, sharing its timestamps, made without
/// copying. .NET has no API for it, so this calls the operating system; false when it cannot (a file
/// system without hard links, a platform without the call), and the caller copies instead.
/// </summary>
internal static partial class HardLink
{
    public static bool TryCreate(string existingFile, string newFile)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(newFile, existingFile, IntPtr.Zero)
                : link(existingFile, newFile) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string @new);

    [LibraryImport("kernel32", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string newFile, string existingFile, IntPtr securityAttributes);
}
