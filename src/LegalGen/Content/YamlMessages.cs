using System.Globalization;
using YamlDotNet.Core;

namespace LegalGen.Content;

/// <summary>
/// Says what the YAML reader's complaints mean in an editor's words: "while scanning a quoted scalar, found
/// unexpected end of stream" becomes "a value in quotes is never closed", with a hint that says what to do.
/// A complaint not in the list keeps the reader's own words, after a plain introduction.
/// </summary>
internal static class YamlMessages
{
    private const string QuoteHint = "put the value in quotes: title: \"Terms: the short version\"";

    private static readonly (string Says, string Problem, string Hint)[] Known =
    [
        ("found invalid Unicode surrogates", "an escape in a value in double quotes (\\uD800–\\uDFFF) stands for half a character",
            "write the character itself, or its full code as \\U0001F600"),
        ("found unknown escape character", "a backslash in a value in double quotes starts an escape YAML does not know",
            "write \\\\ for a backslash, or put the value in single quotes: 'C:\\folder'"),
        ("quoted scalar, found unexpected end of stream", "a value in quotes is never closed",
            "add the closing quote at the end of the value: title: \"Privacy Policy\""),
        ("double-quoted scalar, found wrong indentation", "a value in double quotes is not closed on its line",
            "add the closing \" at the end of the value, or indent the lines it continues on"),
        ("single-quoted scalar, found wrong indentation", "a value in single quotes is not closed on its line",
            "add the closing ' at the end of the value, or indent the lines it continues on"),
        ("mapping values are not allowed in this context", "a value contains ': ', which YAML reads as a second key", QuoteHint),
        ("could not find expected ':'", "a line has no ':' between its key and its value",
            "write each line as 'key: value', with a space after the colon"),
        ("while parsing a block mapping, did not find expected key", "this line is not a 'key: value' line where one is expected",
            "check that the line starts at the same indentation as the keys around it, and quote a value that starts with a quote, '[' or '{'"),
        ("did not find expected '-' indicator", "the items of a list are not all indented the same",
            "start every item of the list with '  - ' at the same indentation"),
        ("flow sequence, did not find expected ',' or ']'", "a list written in [ ] is not closed, or its items are not separated by commas",
            "write it as [pl, en], or put a value that contains a comma or bracket in quotes"),
        ("flow mapping, did not find expected ',' or '}'", "a group written in { } is not closed, or its entries are not separated by commas",
            "write it as { pl: \"Polski\", en: \"English\" }"),
        ("found character that cannot start any token", "a value starts with a character YAML reserves (@, `, %, | or >)", QuoteHint),
        ("anchor or alias, did not find expected alphabetic or numeric character", "a value starts with '&' or '*', which YAML reserves", QuoteHint),
        ("block scalar", "a value after '|' or '>' is not indented as YAML expects",
            "indent every line of the value by two spaces more than its key"),
        ("tab", "a tab is used for indentation, which YAML does not allow", "indent with spaces"),
        ("found invalid mapping", "a value contains ': ', which YAML reads as a second key", QuoteHint),
        ("mapping keys are not allowed in this context", "a key appears where a value is expected", QuoteHint),
        ("block sequence entries are not allowed in this context", "a list item ('- ') appears where a value is expected",
            "put each item on its own line under its key, indented: '  - item'"),
        ("did not find expected node content", "a value is missing, or starts with a character YAML reserves (',', ']' or '}')", QuoteHint),
        ("anchor", "a value starts with '&' or '*', which YAML reserves", QuoteHint),
        ("comment", "a '#' starts a comment where YAML does not allow one", "put a value that contains '#' in quotes, and leave a space before a comment"),
        ("directive", "a line starts with '%', which YAML reserves for directives", QuoteHint),
        ("document indicator", "a line '---' or '...' appears inside a value", "only the lines before and after the keys may be '---'; put the value in quotes"),
        ("document start", "something other than 'key: value' lines comes before the keys", "start with the first key, e.g. 'title: …'"),
        ("document end", "after the keys comes a line that is not a 'key: value' line",
            "check the indentation of this line, and quote a value that starts with a quote, '[' or '{'"),
        ("Expected 'StreamEnd'", "there is a second document in it: a line '---' or '...' where a key is expected",
            "keep one '---' line before the keys and one after them"),
        ("found unexpected end of stream", "it ends in the middle of a value", "close the quotes or brackets the last value opened"),
    ];

    /// <summary>The problem and hint for what the YAML reader threw (the location is reported separately).</summary>
    public static (string Problem, string Hint) Rephrase(YamlException e) => Rephrase(Describe(e));

    /// <summary>The problem and hint for the reader's <paramref name="message"/>, stripped of its location.</summary>
    public static (string Problem, string Hint) Rephrase(string message)
    {
        var words = string.Join(' ', message.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var (says, problem, hint) in Known)
        {
            if (words.Contains(says, StringComparison.OrdinalIgnoreCase)) return (problem, hint);
        }

        return ($"it is not valid YAML (the YAML reader says: {message})",
            "check the indentation and quote values that contain ': ', '#', or start with a quote or bracket");
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: …, Col: …, Idx: …) - (…): "; we print our own location.
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0) message = message[(cut + 3)..];
        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "syntax error" : char.ToLower(message[0], CultureInfo.InvariantCulture) + message[1..];
    }
}
