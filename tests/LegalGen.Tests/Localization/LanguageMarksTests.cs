using AngleSharp.Html.Parser;
using LegalGen.Localization;
using LegalGen.Pages;

namespace LegalGen.Tests.Localization;

public class LanguageMarksTests
{
    private static string En(string text) => LanguageMarks.Mark(text, "en");

    private static string Resolve(string html, string? language = "sw") => LanguageMarks.Resolve(html, language, LanguageNames.DirectionOf);

    [Fact]
    public void A_text_in_another_language_than_its_element_becomes_a_span_saying_so()
    {
        var html = $"<html lang=\"sw\"><body><p>{En("Skip to content")}</p></body></html>";

        Assert.Equal("<html lang=\"sw\"><body><p><span lang=\"en\" dir=\"ltr\">Skip to content</span></p></body></html>", Resolve(html));
    }

    [Fact]
    public void A_text_in_the_language_of_its_element_is_left_as_it_is()
    {
        var html = $"<html lang=\"sw\"><body><p>{LanguageMarks.Mark("Ruka", "sw")}</p><div lang=\"en\"><p>{En("Contents")}</p></div></body></html>";

        Assert.Equal("<html lang=\"sw\"><body><p>Ruka</p><div lang=\"en\"><p>Contents</p></div></body></html>", Resolve(html));
    }

    [Fact]
    public void The_pages_own_words_inside_an_element_in_another_language_say_theirs()
    {
        // The parallel view's caption: the binding text's block is Polish, its label the page's English.
        var html = $"<html lang=\"en\"><div class=\"pv-source\" lang=\"pl\" dir=\"ltr\"><a href=\"x\">{LanguageMarks.Mark("Polski", "pl")}</a> — {En("binding text")}</div><p>{En("after")}</p></html>";

        Assert.Equal(
            "<html lang=\"en\"><div class=\"pv-source\" lang=\"pl\" dir=\"ltr\"><a href=\"x\">Polski</a> — <span lang=\"en\" dir=\"ltr\">binding text</span></div><p>after</p></html>",
            Resolve(html, "en"));
    }

    [Fact]
    public void Marks_nest_and_each_says_its_language_where_it_differs_from_the_one_around_it()
    {
        var sentence = LanguageMarks.Mark($"In force since {LanguageMarks.Mark("1 Februari 2025", "sw")}", "en");

        Assert.Equal(
            "<p lang=\"sw\"><span lang=\"en\" dir=\"ltr\">In force since <span lang=\"sw\" dir=\"ltr\">1 Februari 2025</span></span></p>",
            Resolve($"<p lang=\"sw\">{sentence}</p>", null));
    }

    [Fact]
    public void In_attribute_values_and_tags_a_mark_is_removed_and_the_words_stay()
    {
        var html = $"<nav aria-label=\"{En("Languages")}\" title='{En("it&#39;s")}'><a href=\"#\" title=\"{En("Previous change")}\">↑</a></nav>";

        Assert.Equal("<nav aria-label=\"Languages\" title='it&#39;s'><a href=\"#\" title=\"Previous change\">↑</a></nav>", Resolve(html));
    }

    [Fact]
    public void An_element_of_text_alone_wholly_in_another_language_takes_that_language_itself()
    {
        var html = $"<select name=\"from\"><option value=\"2024-01-15\" selected>{En("January 15, 2024")}</option><option value=\"x\">{LanguageMarks.Mark("15 Januari", "sw")}</option></select>";

        Assert.Equal(
            "<select name=\"from\"><option value=\"2024-01-15\" selected lang=\"en\" dir=\"ltr\">January 15, 2024</option><option value=\"x\">15 Januari</option></select>",
            Resolve(html));
    }

    [Fact]
    public void An_element_of_text_alone_with_words_of_two_languages_is_left_in_its_own()
    {
        var html = $"<title>Sera ya Faragha — {En("Page not found")}</title><script>var a = 1 < 2 && \"{En("x")}\";</script><p>{En("y")}</p>";

        Assert.Equal("<title>Sera ya Faragha — Page not found</title><script>var a = 1 < 2 && \"x\";</script><p><span lang=\"en\" dir=\"ltr\">y</span></p>", Resolve(html));
    }

    [Fact]
    public void A_mark_cut_short_never_leaves_a_span_open_across_a_tag()
    {
        var cut = En("Every version of these documents")[..12];  // string.truncate in a template
        var html = $"<p>{cut}</p><p>{LanguageMarks.Close}{En("ok")}</p>";

        var resolved = Resolve(html);

        Assert.Equal("<p><span lang=\"en\" dir=\"ltr\">Every ve</span></p><p><span lang=\"en\" dir=\"ltr\">ok</span></p>", resolved);
        Assert.False(LanguageMarks.HasMarks(resolved));
    }

    [Fact]
    public void Comments_void_elements_and_end_tags_left_out_do_not_lose_the_language_around()
    {
        var html = $"<div lang=\"en\"><!-- <p lang=\"sw\"> --><br><img src=\"a\" alt=\"\"><ul><li>x<li>y</ul><p>{En("same")}</p></div><p>{En("other")}</p>";

        Assert.Equal(
            "<div lang=\"en\"><!-- <p lang=\"sw\"> --><br><img src=\"a\" alt=\"\"><ul><li>x<li>y</ul><p>same</p></div><p><span lang=\"en\" dir=\"ltr\">other</span></p>",
            Resolve(html));
    }

    [Fact]
    public void A_right_to_left_language_is_marked_with_its_direction()
    {
        Assert.Equal("<p><span lang=\"ar\" dir=\"rtl\">نص</span></p>", Resolve($"<p>{LanguageMarks.Mark("نص", "ar")}</p>", "en"));
    }

    [Fact]
    public void Links_between_policies_are_left_for_the_page_to_resolve()
    {
        var link = $"<a href=\"{LegalGen.Html.PageLinks.Marker}terms/index.html\">{En("Terms")}</a>";

        Assert.Equal($"<a href=\"{LegalGen.Html.PageLinks.Marker}terms/index.html\"><span lang=\"en\" dir=\"ltr\">Terms</span></a>", Resolve(link));
    }

    [Fact]
    public void Quotes_and_greater_than_signs_in_text_are_text_and_those_in_a_tag_are_the_tags()
    {
        var page = $"<p title='a > \"b\"'>It's \"{En("quoted")}\" > <b class=\"x>y\">{En("bold")}</b> {En("it's")}</p>";

        Assert.Equal(
            "<p title='a > \"b\"'>It's \"<span lang=\"en\" dir=\"ltr\">quoted</span>\" > <b class=\"x>y\"><span lang=\"en\" dir=\"ltr\">bold</span></b> <span lang=\"en\" dir=\"ltr\">it's</span></p>",
            Resolve(page));
    }

    [Fact]
    public void A_page_without_marks_is_returned_as_it_is()
    {
        const string html = "<p lang=\"en\">Nothing marked</p>";

        Assert.Same(html, Resolve(html));
    }

    [Fact]
    public void Strip_leaves_the_words_alone()
    {
        Assert.Equal("In force since 1 Februari 2025", LanguageMarks.Strip(LanguageMarks.Mark($"In force since {LanguageMarks.Mark("1 Februari 2025", "sw")}", "en")));
        Assert.True(LanguageMarks.IsWhollyMarked(En("a")));
        Assert.False(LanguageMarks.IsWhollyMarked(En("a") + En("b")));
        Assert.False(LanguageMarks.IsWhollyMarked("plain"));
    }

    [Fact]
    public void What_comes_out_is_well_formed_whatever_marks_go_in()
    {
        var parser = new HtmlParser();
        var pieces = new[] { "<p>", "</p>", "<a title=\"", "\">", "text ", En("en "), LanguageMarks.Open.ToString(), LanguageMarks.Close.ToString(), "en" + LanguageMarks.LanguageEnd, "<option>", "</option>" };
        var random = new Random(14);
        for (var run = 0; run < 500; run++)
        {
            var html = string.Concat(Enumerable.Range(0, 12).Select(_ => pieces[random.Next(pieces.Length)]));

            var resolved = Resolve("<div>" + html + "</div>");

            Assert.False(LanguageMarks.HasMarks(resolved), resolved);
            var spans = resolved.Split("<span lang=").Length - 1;
            Assert.Equal(spans, resolved.Split("</span>").Length - 1);
            Assert.Empty(parser.ParseDocument(resolved).QuerySelectorAll("[title*='<span'], [title*='lang=']"));
        }
    }
}
