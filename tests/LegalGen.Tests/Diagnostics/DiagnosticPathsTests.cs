using LegalGen.Diagnostics;

namespace LegalGen.Tests.Diagnostics;

public class DiagnosticPathsTests
{
    private static Diagnostic At(string code, string file) => new(DiagnosticSeverity.Error, code, new SourceLocation(file, 1, 1), "m");

    [Theory]
    [InlineData("content", "content/privacy/2024-01-01.pl.md")]
    [InlineData("content/", "content/privacy/2024-01-01.pl.md")]
    [InlineData("./legal/content", "legal/content/privacy/2024-01-01.pl.md")]
    [InlineData("/srv/repo/content", "/srv/repo/content/privacy/2024-01-01.pl.md")]
    public void A_content_file_is_named_from_the_current_folder_through_the_content_folder(string content, string expected)
    {
        Assert.Equal(expected, DiagnosticPaths.FromCurrentFolder(At(DiagnosticCodes.UnknownKey, "privacy/2024-01-01.pl.md"), content));
    }

    [Fact]
    public void A_template_file_is_already_named_from_the_current_folder()
    {
        Assert.Equal("templates/diff.sbn", DiagnosticPaths.FromCurrentFolder(At(DiagnosticCodes.Template, "templates/diff.sbn"), "content"));
    }
}
