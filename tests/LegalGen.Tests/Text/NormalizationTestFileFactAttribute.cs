namespace LegalGen.Tests.Text;

/// <summary>A test that reads <see cref="NormalizationTestFile"/>; skipped, saying why, where the machine does not have it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NormalizationTestFileFactAttribute : FactAttribute
{
    public NormalizationTestFileFactAttribute()
    {
        if (NormalizationTestFile.Missing is { } why) Skip = "skipped: " + why;
    }
}
