namespace LegalGen.Tests.Support;

/// <summary>A test that imports the real Mozilla history; skipped, saying why, when the bundle is not beside this clone or git is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HistoryBundleFactAttribute : FactAttribute
{
    public HistoryBundleFactAttribute()
    {
        if (!File.Exists(Corpora.MozillaHistory)) Skip = $"skipped: the real history is not beside this clone ({Corpora.MozillaHistory} is missing)";
        else if (!GitFactAttribute.GitIsInstalled.Value) Skip = "skipped: git is not installed on this machine, and the test clones a git bundle";
    }
}
