using System.Text;

namespace LegalGen.Tests.Support;

/// <summary>A test that compares with .NET's ICU-backed globalization; skipped, saying why, where the test process has no ICU.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IcuFactAttribute : FactAttribute
{
    public IcuFactAttribute()
    {
        // In globalization-invariant mode string.Normalize returns its input unchanged.
        if ("e\u0301".Normalize(NormalizationForm.FormC) != "\u00E9")
            Skip = "skipped: this test process has no ICU (globalization-invariant mode), so there is nothing to compare with";
    }
}
