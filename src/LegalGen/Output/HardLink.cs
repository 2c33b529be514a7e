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

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string @new);

    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string newFile, string existingFile, IntPtr securityAttributes);
}
