using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Localization;
using LegalGen.Pages;
using LegalGen.Pages.Models;
using LegalGen.Pages.Planning;
using LegalGen.Pages.Views;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Rendering;
using LegalGen.Timeline;

namespace LegalGen.Tests.Support;

/// <summary>
/// A redline rendered as the diff page the repository's templates make of it, in English, without a site around it:
/// for tests that look at the redline views alone, many times over.
/// </summary>
internal static class DiffPages
{
    private static readonly TemplateSource Templates = TemplateSource.Folder(RepoPaths.Templates);

    private static readonly TemplateSet Set = TemplateSet.Load(Templates, new DiagnosticBag())
        ?? throw new InvalidOperationException("the repository's templates do not load");

    private static readonly InterfaceStrings English = InterfaceStringsLoader.LoadAll(Templates, ["en"], new DiagnosticBag())["en"];

    /// <param name="full">False to leave long unchanged stretches out of the redline, only counted (<c>includeUnchanged</c>).</param>
    public static string Render(RedlineDiff diff, bool full = true)
    {
        var diagnostics = new DiagnosticBag();
        var html = Set.Render(Page(diff, full), English, diagnostics);
        return html ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
    }

    private static DiffPage Page(RedlineDiff diff, bool full)
    {
        const string path = "en/p/diff/2024-01-01..2025-01-01/index.html";
        var frame = new PageFrame
        {
            Kind = PageKind.Diff,
            Lang = "en",
            Dir = "ltr",
            Title = "Policy",
            StatusAsOf = new DateOnly(2025, 6, 1),
            SiteTitle = "Documents",
            Root = "../../../../",
            Path = path,
            Stylesheet = "../../../../assets/style.css",
            EntryUrl = "../../../../index.html",
            HomeUrl = "../../../index.html",
            Languages = [new LanguageLink("en", "English", "ltr", "index.html", true, path)],
            DefaultLanguageUrl = "index.html",
        };
        var view = new DiffView
        {
            From = Version("2024-01-01", VersionStatus.Superseded),
            To = Version("2025-01-01", VersionStatus.Current),
            TextLang = "en",
            TextLangName = "English",
            FallbackNotes = [],
            TranslationNotUpdated = false,
            BindingLang = "en",
            BindingLangName = "English",
            Stats = diff.Statistics,
            CountUnit = "words",
            Sections = [],
            Redline = RedlineViews.Inline(diff, RedlineLabels.English, includeUnchanged: full),
            CompareUrl = "../../compare/index.html",
        };
        return new DiffPage(frame, new PolicyInfo("p", "Policy", "../../index.html", "../../changes/index.html", "../../compare/index.html", null, null), view);
    }

    private static VersionView Version(string date, VersionStatus status) => new()
    {
        Date = date,
        Status = status,
        IsEditorial = false,
        Title = "Policy",
        Changes = [],
        TextLang = "en",
        TextLangName = "English",
        TextDir = "ltr",
        IsFallback = false,
        Url = $"../../{date}/index.html",
        Permalink = $"/en/p/{date}/",
        Sha256 = "",
        Content = new RawHtml(""),
        Toc = [],
        Parallels = [],
    };
}
