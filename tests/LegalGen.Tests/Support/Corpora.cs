namespace LegalGen.Tests.Support;

/// <summary>Where the real corpora are, beside the repository when it is checked out in the team's workspace.</summary>
internal static class Corpora
{
    public static string Mozilla => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "mozilla-legal-docs", "content"));

    /// <summary>A git bundle of 73 real commits of Mozilla's privacy notices, edited in place in five languages (see the corpora's README).</summary>
    public static string MozillaHistory => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "mozilla-legal-docs", "history.bundle"));
}
