namespace LegalGen.Files;

/// <summary>What a path names, seen without following a symbolic link.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,

    /// <summary>A FIFO, a device or a socket: reading one can block forever or never end.</summary>
    Special,
}
