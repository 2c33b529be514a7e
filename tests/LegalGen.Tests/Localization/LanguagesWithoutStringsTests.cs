using System.Text.RegularExpressions;
using AngleSharp.Dom;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Tests.Localization;

/// <summary>
/// A site in a language LegalGen has no interface strings for (Swahili here) is built with English interface text,
/// and says so: a warning at the language in site.yml, and every English word on its pages in an element whose
/// language is English — never English read out as Swahili.
/// </summary>
public sealed class LanguagesWithoutStringsTests : IClassFixture<LanguagesWithoutStringsTests.SwahiliSite>
{
    private readonly SwahiliSite _site;

    public LanguagesWithoutStringsTests(SwahiliSite site) => _site = site;

    [Fact]
    public void A_language_without_strings_is_a_warning_at_its_place_in_site_yml()
    {
        var warning = TestSite.Single(_site.Result, DiagnosticCodes.LanguageWithoutStrings);

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("site.yml", 4, 21), warning.Location);
        Assert.Contains("'sw'", warning.Message);
        Assert.Contains("lang=\"en\"", warning.Message);
        Assert.Contains("templates/i18n/sw.yml", warning.Hint);
        Assert.Single(_site.Result.Diagnostics, d => d.Code is DiagnosticCodes.LanguageWithoutStrings or DiagnosticCodes.StringsIncomplete);
    }

    [Fact]
    public void Under_strict_the_warning_fails_the_build()
    {
        using var site = SwahiliSite.Content(new TestSite(SwahiliSite.SiteYml));

        var result = site.Build(asOf: "2026-01-01", strict: true);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LanguageWithoutStrings);
    }

    [Fact]
    public void Every_English_word_of_every_page_stands_in_an_element_whose_language_is_English()
    {
        var english = EnglishTexts();
        var pages = Directory.EnumerateFiles(_site.Site.OutputDirectory, "*.html", SearchOption.AllDirectories).ToList();
        var englishOnSwahiliPages = 0;
        var problems = new List<string>();
        foreach (var path in pages)
        {
            var page = _site.Site.Page(Path.GetRelativePath(_site.Site.OutputDirectory, path));
            var swahiliPage = page.DocumentElement.GetAttribute("lang") == "sw";
            foreach (var text in page.DocumentElement.Descendants<IText>().Where(t => !string.IsNullOrWhiteSpace(t.Data) && t.ParentElement?.LocalName is not ("script" or "style")))
            {
                var language = (text.ParentElement!.Closest("[lang]") ?? page.DocumentElement).GetAttribute("lang");
                var words = english.Where(e => e.IsMatch(text.Data)).Select(e => e.ToString()).ToList();
                if (language == "en" && swahiliPage) englishOnSwahiliPages++;
                if (language != "en" && words.Count > 0)
                    problems.Add($"{Path.GetRelativePath(_site.Site.OutputDirectory, path)}: \"{text.Data.Trim()}\" is English ({words[0]}) in an element of lang=\"{language}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
        Assert.True(pages.Count(p => p.Contains($"{Path.DirectorySeparatorChar}sw{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) >= 8);
        Assert.True(englishOnSwahiliPages > 100, $"only {englishOnSwahiliPages} English texts on the Swahili pages: the test sees too little");
    }

    [Fact]
    public void Interface_text_in_an_attribute_cannot_say_its_language_and_is_left_as_its_words()
    {
        var page = _site.Site.Page("sw/privacy/index.html");

        Assert.Equal("Languages", page.QuerySelector("nav.language-switcher")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void The_callout_titles_of_a_text_in_the_language_say_they_are_English()
    {
        var title = _site.Site.Page("sw/privacy/2024-01-01/index.html").QuerySelector(".callout-title")!;

        Assert.Equal("Note", title.TextContent);
        Assert.Equal("en", title.QuerySelector("span[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public void The_dates_a_form_offers_are_English_options_in_a_Swahili_page()
    {
        var options = _site.Site.Page("sw/privacy/compare/index.html").QuerySelectorAll("option");

        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.Equal("en", o.GetAttribute("lang")));
        Assert.Equal("January 1, 2024", options[0].TextContent);
    }

    [Fact]
    public void No_mark_reaches_any_file_of_the_site()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Site.OutputDirectory, "*", SearchOption.AllDirectories).Where(f => !f.Contains("_framework", StringComparison.Ordinal)))
            Assert.False(LanguageMarks.HasMarks(File.ReadAllText(file)), file);
    }

    [Fact]
    public void A_sites_own_strings_for_the_language_are_used_and_the_keys_they_lack_are_a_warning_and_marked_English()
    {
        using var site = SwahiliSite.Content(new TestSite(SwahiliSite.SiteYml));
        var templates = Path.Combine(site.Root, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "i18n"));
        File.WriteAllText(Path.Combine(templates, "i18n", "sw.yml"), "skip_to_content: Ruka hadi maudhui\nlanguages: Lugha\n");
        site.TemplatesDirectory = templates;

        var result = site.BuildSucceeding("2026-01-01");

        var warning = TestSite.Single(result, DiagnosticCodes.StringsIncomplete);
        Assert.EndsWith("i18n/sw.yml", warning.Location.File);
        Assert.Equal(1, warning.Location.Line);
        Assert.Contains($"lack {EnglishKeyCount() - 2} keys", warning.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.LanguageWithoutStrings);
        var page = site.Page("sw/privacy/index.html");
        Assert.Equal("Ruka hadi maudhui", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Null(page.QuerySelector(".skip-link [lang]"));
        Assert.Equal("Lugha", page.QuerySelector("nav.language-switcher")!.GetAttribute("aria-label"));
        Assert.Equal("en", page.QuerySelector(".site-footer a[href] span[lang]")!.GetAttribute("lang"));
    }

    /// <summary>The words of English's interface texts, plural forms and month names, each piece between placeholders that is a word or more, as whole words.</summary>
    private static List<Regex> EnglishTexts()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", "en.yml"))));
        var values = ((YamlMappingNode)stream.Documents[0].RootNode).Children
            .Where(c => ((YamlScalarNode)c.Key).Value != "date_format")
            .SelectMany(c => c.Value.AllNodes.OfType<YamlScalarNode>().Select(s => s.Value ?? ""));
        return values
            .SelectMany(v => Regex.Split(v, @"\{\d+\}"))
            .Select(p => p.Trim(' ', ':', '.', ',', '(', ')', '↓', '↑', '→', '—', '·', '"'))
            .Where(p => p.Length >= 5 && p.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .Select(p => new Regex(@"(?<!\p{L})" + Regex.Escape(p) + @"(?!\p{L})", RegexOptions.CultureInvariant))
            .ToList();
    }

    private static int EnglishKeyCount()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", "en.yml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.Count;
    }

    /// <summary>A policy in Polish (binding), English and Swahili, its latest version untranslated, built once for the class.</summary>
    public sealed class SwahiliSite : IDisposable
    {
        public const string SiteYml = """
            title: { pl: "Dokumenty", en: "Documents", sw: "Nyaraka" }
            base_url: https://legal.example.com/
            default_language: pl
            languages: [pl, en, sw]
            """;

        public SwahiliSite()
        {
            Site = Content(new TestSite(SiteYml));
            Result = Site.BuildSucceeding("2026-01-01");
        }

        internal TestSite Site { get; }

        internal LegalGen.Build.BuildResult Result { get; }

        internal static TestSite Content(TestSite site) => site
            .Version("privacy/2024-01-01.pl.md", "title: Polityka prywatności", "## Dane\n\n> [!NOTE]\n> Uwaga ogólna.\n\nZbieramy adres e-mail.\n\n- pierwszy punkt\n- drugi punkt\n")
            .Version("privacy/2024-01-01.en.md", "title: Privacy policy", "## Data\n\n> [!NOTE]\n> A general remark.\n\nWe collect your e-mail address.\n\n- first item\n- second item\n")
            .Version("privacy/2024-01-01.sw.md", "title: Sera ya faragha", "## Data\n\n> [!NOTE]\n> Maoni ya jumla.\n\nTunakusanya anwani ya barua pepe.\n\n- kipengele cha kwanza\n- kipengele cha pili\n")
            .Version("privacy/2025-01-01.pl.md", "title: Polityka prywatności\nsummary: Krótsze przechowywanie.",
                "## Dane\n\n> [!NOTE]\n> Uwaga ogólna.\n\nZbieramy adres e-mail i numer telefonu.\n\n- pierwszy punkt\n- trzeci punkt\n")
            .Version("privacy/2025-01-01.en.md", "title: Privacy policy\nsummary: Shorter retention.",
                "## Data\n\n> [!NOTE]\n> A general remark.\n\nWe collect your e-mail address and phone number.\n\n- first item\n- third item\n")
            .Version("privacy/2025-01-01.sw.md", "title: Sera ya faragha\nsummary: Uhifadhi mfupi.",
                "## Data\n\n> [!NOTE]\n> Maoni ya jumla.\n\nTunakusanya anwani ya barua pepe na nambari ya simu.\n\n- kipengele cha kwanza\n- kipengele cha tatu\n")
            .Version("privacy/2026-06-01.pl.md", "title: Polityka prywatności\nsummary: Nowy administrator.",
                "## Dane\n\n> [!NOTE]\n> Uwaga ogólna.\n\nAdministratorem jest nowa spółka.\n\n- pierwszy punkt\n- trzeci punkt\n");

        public void Dispose() => Site.Dispose();
    }
}
