namespace LegalGen.Output;

/// <summary>An output that keeps nothing: <c>legalgen check</c> renders every page and throws it away.</summary>
public sealed class DiscardedSite : ISiteOutput
{
    public string? OutputDirectory => null;

    public void WriteText(string sitePath, string content)
    {
    }

    public void WriteBytes(string sitePath, byte[] bytes)
    {
    }

    public IReadOnlyList<LeftoverFolder> Commit() => [];

    public void Dispose()
    {
    }
}
