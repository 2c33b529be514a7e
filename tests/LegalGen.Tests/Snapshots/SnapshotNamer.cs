using ApprovalTests.Core;

namespace LegalGen.Tests.Snapshots;

/// <summary>Names a snapshot by page kind and a short name: <c>Snapshots/&lt;kind&gt;/&lt;name&gt;.approved.html</c>.</summary>
internal sealed class SnapshotNamer(string kind, string name) : IApprovalNamer
{
    public string SourcePath { get; } = Path.Combine(FolderOfThisFile(), kind);

    public string Name { get; } = name;

    private static string FolderOfThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
