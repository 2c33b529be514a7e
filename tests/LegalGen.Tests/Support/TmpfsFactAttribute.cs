namespace LegalGen.Tests.Support;

/// <summary>A test that mounts a tmpfs: skipped, saying why, where mounting is not permitted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.WhyUnavailable is { } why) Skip = why;
    }
}
