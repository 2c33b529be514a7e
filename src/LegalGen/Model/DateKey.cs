using System.Globalization;

namespace LegalGen.Model;

/// <summary>A date as LegalGen writes it in file names, URLs, front matter, machine formats and messages: YYYY-MM-DD, culture-invariant.</summary>
public static class DateKey
{
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date as <see cref="Of(DateOnly)"/> writes it, or null.</summary>
    public static string? Of(DateOnly? date) => date is { } value ? Of(value) : null;
}
