namespace LegalGen.Tests.Support;

/// <summary>
/// A test that runs the real Pagefind, installed by <c>npm ci</c> in <c>tests/site-checks</c> (as <c>.ci/run</c> does
/// before the tests); where it is not installed, the test is reported as skipped, saying so.
/// </summary>
public sealed class PagefindFactAttribute : FactAttribute
{
    public PagefindFactAttribute()
    {
        if (Pagefind.Program is null) Skip = "skipped: Pagefind is not installed (run npm ci in tests/site-checks)";
    }
}
