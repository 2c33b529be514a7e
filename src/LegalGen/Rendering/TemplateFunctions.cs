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
        functions.Import("t", new Func<string, object?[], string>((key, args) => strings.Get(key, args)));
        functions.Import("tn", new Func<string, long, object?[], string>((key, count, args) => strings.Plural(key, count, args)));
        functions.Import("date", new Func<string, string>(iso =>
            DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? strings.Date(date) : iso));
        functions.SetValue("include", new RawIncludeFunction(), readOnly: true);
        return functions;
    }
}
