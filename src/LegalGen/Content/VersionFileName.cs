using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalGen.Content;

/// <summary>The name of a version file: <c>&lt;YYYY-MM-DD&gt;.&lt;language&gt;.md</c>.</summary>
internal sealed partial record VersionFileName(DateOnly Date, string Language)
{
    public const string Example = "2024-01-15.pl.md";

    /// <summary>Parses a file name; on failure returns null and says why.</summary>
    public static VersionFileName? TryParse(string fileName, out string? problem)
    {
        problem = null;
        var match = Pattern().Match(fileName);
        if (!match.Success)
        {
            problem = $"the file name '{fileName}' is not <date>.<language>.md";
            return null;
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = $"'{match.Groups["date"].Value}' in the file name is not a calendar date";
            return null;
        }

        return new VersionFileName(date, match.Groups["lang"].Value);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})\.(?<lang>[^.]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
