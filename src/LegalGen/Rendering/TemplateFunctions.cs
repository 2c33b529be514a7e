using System.Globalization;
using System.Text;
using LegalGen.Html;
using LegalGen.Localization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// The functions LegalGen gives templates, bound to the page's language:
/// <c>t "key" args…</c>, <c>tn "key" count args…</c>, <c>date "2024-01-15"</c>, <c>bdi text lang</c>, and an
/// <c>include</c> whose output is not escaped twice.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject For(InterfaceStrings strings)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new TemplateFunction((args, at) =>
        {
            var key = Key(strings, args, at);
            return Filled(Rest(args, 1), rest => strings.Get(key, rest));
        }), readOnly: true);
        functions.SetValue("tn", new TemplateFunction((args, at) =>
        {
            var key = Key(strings, args, at);
            var count = Convert.ToInt64(args[1], CultureInfo.InvariantCulture);
            return Filled(Rest(args, 2), rest => strings.Plural(key, count, rest));
        }), readOnly: true);
        functions.SetValue("bdi", new TemplateFunction((args, _) => Isolated(Text(args[0]), args.Count > 1 ? Text(args[1]) : "", strings.Language)), readOnly: true);
        functions.SetValue("date", new TemplateFunction((args, _) =>
            DateOnly.TryParseExact(Text(args[0]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? strings.Date(date) : Text(args[0])), readOnly: true);
        functions.SetValue("include", new RawIncludeFunction(), readOnly: true);
        return functions;
    }

    /// <summary>The key a template asks for, which some strings file must have: a page must never show a raw key.</summary>
    private static string Key(InterfaceStrings strings, ScriptArray args, ScriptNode? at)
    {
        var key = Text(args[0]);
        if (strings.Has(key)) return key;
        throw new ScriptRuntimeException(at?.Span ?? default,
            $"no interface strings file has the key '{key}', in '{strings.Language}' or English; add it to i18n/en.yml of your templates (and to the other languages)");
    }

    /// <summary>
    /// An interface text with its arguments filled in: a string, escaped when written, or — when an argument is HTML
    /// (<c>bdi</c>'s) — HTML, the text escaped around the argument written as it is.
    /// </summary>
    private static object Filled(object?[] args, Func<object?[], string> format)
    {
        if (!args.Any(a => a is RawHtml)) return format(args);
        var marked = args.Select((a, i) => a is RawHtml ? (object)Marker(i) : a).ToArray();
        var html = HtmlText.Escape(format(marked));
        for (var i = 0; i < args.Length; i++)
            if (args[i] is RawHtml raw) html = html.Replace(Marker(i), raw.Html, StringComparison.Ordinal);
        return new RawHtml(html);
    }

    // Characters of Unicode's private use area, which no interface text has and escaping leaves as they are.
    private static string Marker(int index) => "\uE000" + index.ToString(CultureInfo.InvariantCulture) + "\uE001";

    /// <summary>
    /// <paramref name="text"/> in another language than the page's, isolated from the page's writing direction and
    /// tagged with its language: a Polish title in an Arabic sentence keeps its question mark at its end.
    /// In the page's own language the text is left as it is; with no language given, it is isolated without one.
    /// </summary>
    private static object Isolated(string text, string language, string pageLanguage)
    {
        if (string.Equals(language, pageLanguage, StringComparison.OrdinalIgnoreCase)) return text;
        var html = new StringBuilder("<bdi");
        if (language.Length > 0) html.Append(" lang=\"").AppendEscaped(language).Append('"');
        return new RawHtml(html.Append('>').AppendEscaped(text).Append("</bdi>").ToString());
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static object?[] Rest(ScriptArray args, int from)
    {
        if (args.Count <= from) return [];
        var rest = new object?[args.Count - from];
        for (var i = from; i < args.Count; i++) rest[i - from] = args[i];
        return rest;
    }
}
