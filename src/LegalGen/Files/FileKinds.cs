using System.Runtime.InteropServices;

namespace LegalGen.Files;

/// <summary>
/// Tells regular files from links and special files (FIFOs, devices, sockets) before anything is opened:
/// opening a FIFO for reading blocks until someone writes to it, and a device such as /dev/zero never ends.
/// .NET reports no file type on Unix, so this asks the runtime's own native shim (the <c>lstat</c> it uses
/// itself, with a layout that does not vary by platform); where that is unavailable (Windows, which has no
/// such files in its folders), links and folders are still told apart through .NET.
/// </summary>
public static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;
    private const int Socket = 0xC000;

    private static bool _nativeUnavailable = OperatingSystem.IsWindows();

    public static FileKind Of(string path)
    {
        if (!_nativeUnavailable)
        {
            try
            {
                // The native FileStatus structure: Flags (int32), then Mode (int32). The buffer is larger than the structure.
                var status = new byte[256];
                if (LStat(path, status) != 0) return FileKind.Missing;
                return (BitConverter.ToInt32(status, 4) & TypeMask) switch
                {
                    Regular => FileKind.RegularFile,
                    Folder => FileKind.Folder,
                    Link => FileKind.SymbolicLink,
                    Fifo or CharacterDevice or BlockDevice or Socket => FileKind.Special,
                    _ => FileKind.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _nativeUnavailable = true;
            }
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Folder;
        return info.Exists ? FileKind.RegularFile : FileKind.Missing;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, [Out] byte[] status);
}
