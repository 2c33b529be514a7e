using System.Globalization;
using LegalGen.Localization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace LegalGen.Rendering;

/// <summary>
/// The functions LegalGen gives templates, bound to the page's language:
/// <c>t "key" args…</c>, <c>tn "key" count args…</c>, <c>date "2024-01-15"</c> (or a date such as <c>page.status_as_of</c>),
/// <c>bdi text lang</c> (content such as a title, said to be in <c>lang</c>), and an <c>include</c> whose output is not escaped twice. Each text comes marked with the language it is written in (<see cref="LanguageMarks"/>):
/// where that is not the language of the element it lands in (English standing in for a string the page's language
/// lacks, the page's words inside a text in another language), the finished page says so with a <c>lang</c> span.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject For(InterfaceStrings strings)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new TemplateFunction((args, at) => strings.Text(Key(strings, args, at), Rest(args, 1))), readOnly: true);
        functions.SetValue("tn", new TemplateFunction((args, at) =>
            strings.PluralText(Key(strings, args, at), Convert.ToInt64(args[1], CultureInfo.InvariantCulture), Rest(args, 2))), readOnly: true);
        functions.SetValue("date", new TemplateFunction((args, _) => args[0] is DateOnly day ? strings.DateText(day) :
            DateOnly.TryParseExact(Text(args[0]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? strings.DateText(date) : Text(args[0])), readOnly: true);
        // A text in another language than the page's (a title or a language's name) gets its lang and dir on the finished
        // page, and a dir isolates it: a Polish title keeps its question mark at its end in an Arabic sentence.
        functions.SetValue("bdi", new TemplateFunction((args, _) =>
            args.Count > 1 && Text(args[1]) is { Length: > 0 } language ? LanguageMarks.Mark(Text(args[0]), language) : Text(args[0])), readOnly: true);
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

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static object?[] Rest(ScriptArray args, int from)
    {
        if (args.Count <= from) return [];
        var rest = new object?[args.Count - from];
        for (var i = from; i < args.Count; i++) rest[i - from] = args[i];
        return rest;
    }
}
