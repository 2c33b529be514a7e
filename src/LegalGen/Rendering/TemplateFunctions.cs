using System.Globalization;
using Scriban.Runtime;

namespace LegalGen.Rendering;

/// <summary>
/// The functions LegalGen gives templates, bound to the page's language:
/// <c>t "key" args…</c>, <c>tn "key" count args…</c>, <c>date "2024-01-15"</c>, and an <c>include</c> whose
/// output is not escaped twice.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject For(InterfaceStrings strings)
    {
        var functions = new ScriptObject();
        functions.SetValue("t", new TemplateFunction(args => strings.Get(Text(args[0]), Rest(args, 1))), readOnly: true);
        functions.SetValue("tn", new TemplateFunction(args => strings.Plural(Text(args[0]), Convert.ToInt64(args[1], CultureInfo.InvariantCulture), Rest(args, 2))), readOnly: true);
        functions.SetValue("date", new TemplateFunction(args =>
            DateOnly.TryParseExact(Text(args[0]), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? strings.Date(date) : Text(args[0])), readOnly: true);
        functions.SetValue("include", new RawIncludeFunction(), readOnly: true);
        return functions;
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
