namespace LegalGen.Tests.Support;

/// <summary>Where the real corpora are, beside the repository when it is checked out in the team's workspace.</summary>
internal static class Corpora
{
    public static string Mozilla => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", "mozilla-legal-docs", "content"));
}
