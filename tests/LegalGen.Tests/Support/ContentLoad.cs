using LegalGen.Content;
using LegalGen.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>A test site read as a build reads it, and the one diagnostic of a code a test expects.</summary>
internal static class ContentLoad
{
    public static (LegalGen.Model.Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(TestSite site, bool drafts = false)
    {
        var bag = new DiagnosticBag();
        var loaded = ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(drafts), bag);
        return (loaded, bag.ToSortedList());
    }

    /// <summary>The single diagnostic of <paramref name="code"/>, which like every diagnostic says how to fix it.</summary>
    public static Diagnostic Only(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var matches = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", diagnostics)}");
        Assert.False(string.IsNullOrWhiteSpace(matches[0].Hint), "every diagnostic says how to fix it");
        return matches[0];
    }
}
