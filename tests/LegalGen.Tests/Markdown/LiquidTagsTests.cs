using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Tests.Markdown;

/// <summary>Liquid and Jekyll tags are not run: each is a warning naming its line, except in code, where they are examples.</summary>
public class LiquidTagsTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("Write to {{ site.email }}.\n", 1, 10)]
    [InlineData("Intro.\n\n{% include contact.md %}\n", 3, 1)]
    [InlineData("| a | b |\n|---|---|\n| {{ page.date }} | x |\n", 3, 3)]
    public void A_liquid_tag_is_a_warning_at_its_line_and_column(string body, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        Renderer.Render(body, "p/2024-01-01.en.md", 10, diagnostics);

        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.LiquidTag, warning.Code);
        Assert.Equal((9 + line, column), (warning.Location.Line, warning.Location.Column));
    }

    [Theory]
    [InlineData("Write `{{ site.email }}` here.\n")]
    [InlineData("```\n{% include contact.md %}\n```\n")]
    [InlineData("    {{ indented.code }}\n")]
    [InlineData("A set {a, b} and a brace { alone.\n")]
    public void Code_and_plain_braces_are_not_liquid(string body)
    {
        var diagnostics = new DiagnosticBag();

        Renderer.Render(body, "p/2024-01-01.en.md", 1, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
    }
}
