using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>
/// An Arabic page of a policy not yet translated into Arabic shows Polish titles, section names and language names:
/// each is tagged with its language and isolated from the page's right-to-left direction (an element with its own
/// <c>dir</c>, which isolates as <c>&lt;bdi&gt;</c> does, or <c>dir="auto"</c>), so that "Do czego wykorzystujemy informacje?" keeps its question mark at its end.
/// </summary>
public sealed class TextInAnotherLanguageTests : IDisposable
{
    private const string Older = "## Zakres\n\nDotyczy strony.\n\n## Do czego wykorzystujemy informacje?\n\nDo obsługi zamówień.\n";

    private readonly TestSite _site = new TestSite("""
            title: { pl: "Dokumenty", ar: "الوثائق" }
            default_language: pl
            languages: [pl, ar]
            """)
        .Version("privacy/2024-01-15.pl.md", "title: Polityka prywatności?", Older)
        .Version("privacy/2025-03-01.pl.md", "title: Polityka prywatności?\nsummary: Także reklamacje.", Older.Replace("zamówień.", "zamówień i reklamacji.", StringComparison.Ordinal))
        .Version("terms/2024-01-15.pl.md", "title: Regulamin", "Tekst.\n")
        .Version("terms/2024-01-15.ar.md", "title: الشروط", "نص.\n");

    public TextInAnotherLanguageTests() => _site.BuildSucceeding("2026-01-01");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Polish_section_names_on_an_arabic_change_log_are_isolated_and_tagged()
    {
        var page = _site.Page("ar/privacy/changes/index.html");

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var section = page.QuerySelectorAll(".changed-sections a").Single(a => a.TextContent == "Do czego wykorzystujemy informacje?");
        Assert.Equal("pl", section.GetAttribute("lang"));
        Assert.Equal("auto", section.GetAttribute("dir"));
    }

    [Fact]
    public void A_polish_title_is_isolated_in_arabic_breadcrumbs_headings_and_lists_but_an_arabic_one_is_not()
    {
        var changes = _site.Page("ar/privacy/changes/index.html");
        foreach (var title in new[] { changes.QuerySelector(".breadcrumbs [lang]"), changes.QuerySelector("h1 [lang]") })
        {
            Assert.NotNull(title);
            Assert.Equal("pl", title.GetAttribute("lang"));
            Assert.Equal("ltr", title.GetAttribute("dir"));
            Assert.Equal("Polityka prywatności?", title.TextContent);
        }

        var home = _site.Page("ar/index.html");
        var listed = home.QuerySelectorAll(".policy-list td a").ToList();
        Assert.Equal("pl", listed.Single(a => a.TextContent == "Polityka prywatności?").QuerySelector("[lang][dir=ltr]")!.GetAttribute("lang"));
        Assert.Null(listed.Single(a => a.TextContent == "الشروط").QuerySelector("[lang]"));
        Assert.Null(_site.Page("ar/terms/changes/index.html").QuerySelector("h1 [lang]"));

        // The entry page lists each language's policies in that language: the Polish title in the Arabic list says so.
        var entry = _site.Page("index.html").QuerySelectorAll(".language-card[lang=ar] a").Single(a => a.TextContent == "Polityka prywatności?");
        Assert.Equal("pl", entry.GetAttribute("lang"));
        Assert.Equal("auto", entry.GetAttribute("dir"));
    }

    [Fact]
    public void A_language_name_inside_an_interface_text_is_isolated_and_the_text_around_it_stays_escaped()
    {
        var notice = _site.Page("ar/privacy/index.html").QuerySelector(".notice-fallback")!;

        var name = Assert.Single(notice.QuerySelectorAll("[lang]"));
        Assert.Equal("pl", name.GetAttribute("lang"));
        Assert.Equal("ltr", name.GetAttribute("dir"));
        Assert.Equal("Polski", name.TextContent);
        Assert.Equal("ar", notice.Closest("[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public void An_interface_text_with_markup_characters_around_an_isolated_name_is_written_as_text()
    {
        using var site = new TestSite("""
                title: Dokumenty
                default_language: pl
                languages: [pl, ar]
                """)
            .Version("privacy/2024-01-15.pl.md", "title: Polityka", "Tekst.\n");
        // A templates folder with one string of its own, over the built-in templates and strings.
        site.TemplatesDirectory = Path.Combine(site.Root, "templates");
        Directory.CreateDirectory(Path.Combine(site.TemplatesDirectory, "i18n"));
        File.WriteAllText(Path.Combine(site.TemplatesDirectory, "i18n", "ar.yml"), "notice_fallback: \"<b>{0}</b> & ({0})\"\n");
        site.BuildSucceeding();

        var notice = site.Page("ar/privacy/index.html").QuerySelector(".notice-fallback")!;
        Assert.Null(notice.QuerySelector("b"));
        Assert.StartsWith("<b>Polski</b> & (Polski)", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, notice.QuerySelectorAll("[lang=pl][dir=ltr]").Length);
    }

    [Fact]
    public void A_note_for_arabic_readers_on_the_binding_page_holds_the_language_name_tagged_and_isolated()
    {
        using var site = new TestSite("""
                title: Dokumenty
                default_language: pl
                languages: [pl, ar]
                """)
            .Version("privacy/2024-01-15.pl.md", "title: Polityka", "Stary tekst.\n")
            .Version("privacy/2024-01-15.ar.md", "title: سياسة", "نص قديم.\n")
            .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Nowy tekst.\n");
        site.BuildSucceeding();

        var note = site.Page("pl/privacy/diff/2024-01-15..2025-03-01/index.html").QuerySelector(".notice-fallback[lang=ar]")!;
        Assert.Equal("rtl", note.GetAttribute("dir"));
        var name = Assert.Single(note.QuerySelectorAll("[lang=pl]"));
        Assert.Equal(("ltr", "Polski"), (name.GetAttribute("dir"), name.TextContent));
    }
}
