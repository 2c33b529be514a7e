namespace LegalGen.Tests.Support;

/// <summary>
/// A test on the real corpora kept beside the repository (<c>../shared/corpora/</c>); where a clone has none,
/// the test is reported as skipped, saying so.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(Corpora.Mozilla)) Skip = $"skipped: the real corpus is not beside this clone ({Corpora.Mozilla} is missing)";
    }
}
