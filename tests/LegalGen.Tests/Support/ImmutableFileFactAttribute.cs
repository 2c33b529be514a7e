namespace LegalGen.Tests.Support;

/// <summary>A test that makes a file immutable: skipped, saying why, where chattr is not permitted.</summary>
public sealed class ImmutableFileFactAttribute : FactAttribute
{
    public ImmutableFileFactAttribute()
    {
        if (ImmutableFile.WhyUnavailable is { } why) Skip = why;
    }
}
