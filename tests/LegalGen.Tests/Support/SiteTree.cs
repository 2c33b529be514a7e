using System.Security.Cryptography;

namespace LegalGen.Tests.Support;

/// <summary>A site as its readers get it: every file's path and a hash of its bytes, symbolic links to folders followed.</summary>
internal static class SiteTree
{
    public static SortedDictionary<string, string> Of(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(root, "", files);
        return files;
    }

    private static void Walk(string folder, string prefix, SortedDictionary<string, string> files)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var path = prefix + Path.GetFileName(entry);
            if (Directory.Exists(entry)) Walk(entry, path + "/", files);
            else files[path] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry)));
        }
    }
}
