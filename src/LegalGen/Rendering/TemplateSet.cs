using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Localization;
using LegalGen.Pages;
using LegalGen.Pages.Models;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// The Scriban templates of a templates folder, parsed once. Each page renders its kind's template, then
/// <c>layout.sbn</c> around it (the page's HTML is the layout's <c>content</c>). Template mistakes are
/// located diagnostics, not exceptions.
/// </summary>
public sealed class TemplateSet : IDisposable
{
    public const string Extension = ".sbn";
    public const string Layout = "layout";

    private readonly TemplateSource _source;
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, Template> _partials;

    // Scriban's built-in functions never change: one shared copy instead of one per page.
    private static readonly ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<InterfaceStrings, ScriptObject> _functions = new();

    private readonly ThreadLocal<EscapingTemplateContext> _contexts;

    /// <summary>The layout's text after its last <c>}}</c> (e.g. <c>&lt;/body&gt;&lt;/html&gt;</c>): every page must end with it, or it was cut.</summary>
    private readonly string _layoutEnding;

    private TemplateSet(TemplateSource source, Dictionary<string, Template> templates, Dictionary<string, Template> partials)
    {
        _source = source;
        _templates = templates;
        _partials = partials;
        _contexts = new ThreadLocal<EscapingTemplateContext>(NewContext);
        var layout = source.ReadText(Layout + Extension);
        _layoutEnding = layout[(layout.LastIndexOf("}}", StringComparison.Ordinal) + 2)..].Trim();
    }

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics) => Load(TemplateSource.Folder(directory), diagnostics);

    /// <summary>Parses the page templates (<see cref="PageTemplates.All"/>, each one required) and every other template as a partial; null after any error.</summary>
    public static TemplateSet? Load(TemplateSource source, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (shown, kind) in source.Refused())
        {
            if (kind == Files.FileKind.SymbolicLink)
                diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.StartOf(shown),
                    "this is a symbolic link: nothing inside the templates folder may lead out of it, so it is not read or published",
                    "replace the link with the file or folder itself (the templates folder as a whole may be a link)");
            else
                diagnostics.Error(DiagnosticCodes.SpecialFile, SourceLocation.StartOf(shown),
                    "this is not a regular file but a FIFO, a device or a socket, which LegalGen does not read",
                    "replace it with a regular file, or remove it");
            ok = false;
        }

        if (!ok) return null;
        foreach (var name in PageTemplates.All.Append(Layout))
        {
            var file = name + Extension;
            if (!source.Exists(file))
            {
                diagnostics.Error(DiagnosticCodes.Template, SourceLocation.StartOf(source.Display(file)), $"the template '{file}' is missing",
                    "copy it from LegalGen's own templates folder");
                ok = false;
                continue;
            }

            templates[name] = Parse(source, file, diagnostics, ref ok);
        }

        // Every other template is a partial for 'include', parsed once here rather than once per page.
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in source.EnumerateFiles("").Where(f => !f.Contains('/') && f.EndsWith(Extension, StringComparison.Ordinal)))
        {
            if (templates.ContainsKey(file[..^Extension.Length])) continue;
            partials[file] = Parse(source, file, diagnostics, ref ok);
        }

        return ok ? new TemplateSet(source, templates, partials) : null;
    }

    public void Dispose() => _contexts.Dispose();

    private static Template Parse(TemplateSource source, string file, DiagnosticBag diagnostics, ref bool ok)
    {
        var shown = source.Display(file);
        var template = Template.Parse(source.ReadText(file), shown);
        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.Template, Locate(message.Span, shown), $"template error: {message.Message}",
                "fix the template; see the Scriban language reference");
            ok = false;
        }

        return template;
    }

    /// <summary>The template file of a kind of page as messages name it: <c>(built-in)/version.sbn</c>, <c>templates/version.sbn</c>.</summary>
    public string DisplayOf(PageKind kind) => _source.Display(PageTemplates.NameOf(kind) + Extension);

    /// <summary>Renders a page through its kind's template, inside the layout; null (with a diagnostic) on a template error.</summary>
    public string? Render(PageModel model, InterfaceStrings strings, DiagnosticBag diagnostics)
    {
        var name = PageTemplates.NameOf(model.Page.Kind);
        var page = PageBinder.Bind(model);

        // One context per thread, reused page after page: Scriban caches what it learns about .NET types
        // per context, and learning it again for every page costs more than rendering the page.
        var context = _contexts.Value!;
        context.PushGlobal(_functions.GetOrAdd(strings, TemplateFunctions.For));
        context.PushGlobal(page);
        try
        {
            var body = _templates[name].Render(context);
            page.SetValue("content", new RawHtml(body), readOnly: true);
            // Interface text in another language than the element around it says so (a lang span), in content; elsewhere nothing can.
            var html = LanguageMarks.Resolve(_templates[Layout].Render(context), model.Page.Lang, LanguageNames.DirectionOf);
            // Links between policies in a text rendered once for pages at every depth: each page puts its own way up in.
            if (html.AsSpan().TrimEnd().EndsWith(_layoutEnding, StringComparison.Ordinal)) return PageLinks.Resolve(html, PageLinks.LanguageRoot(model.Page.Path, model.Page.Lang));
            diagnostics.Error(DiagnosticCodes.Template, SourceLocation.StartOf(_source.Display(Layout + Extension)),
                $"a page of kind '{name}' came out incomplete: it does not end with the layout's closing text '{_layoutEnding}'",
                "check that the layout writes its whole text on every page; nothing is published while a page is incomplete");
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.Template, Locate(e.Span, _source.Display(name + Extension)), $"template error: {e.OriginalMessage}",
                "fix the template: a misspelt variable, or a value this page kind does not have");
            _contexts.Value = NewContext();
            return null;
        }
        finally
        {
            if (_contexts.Value == context)
            {
                context.PopGlobal();
                context.PopGlobal();
            }
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(Builtins)
        {
            TemplateLoader = new TemplateSourceLoader(_source),
            StrictVariables = true,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            NewLine = "\n",
        };
        foreach (var (path, partial) in _partials) context.CachedTemplates[path] = partial;
        return context;
    }

    private static SourceLocation Locate(Scriban.Parsing.SourceSpan span, string fallbackFile)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        if (Path.IsPathRooted(file)) file = Path.GetRelativePath(Environment.CurrentDirectory, file).Replace('\\', '/');
        return new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1);
    }
}
