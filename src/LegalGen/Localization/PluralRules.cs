namespace LegalGen.Localization;

/// <summary>
/// The CLDR plural category of a count ("one", "few", "many", "other"…) for the languages LegalGen ships
/// strings for, so "1 słowo", "3 słowa", "5 słów" come out right.
/// </summary>
public static class PluralRules
{
    public static string Category(string language, long n)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        var mod10 = n % 10;
        var mod100 = n % 100;
        return primary switch
        {
            "ja" or "zh" or "ko" or "th" or "vi" or "id" or "ms" => "other",
            "fr" => n is 0 or 1 ? "one" : "other",
            "pt" when !language.Equals("pt-PT", StringComparison.OrdinalIgnoreCase) => n is 0 or 1 ? "one" : "other",
            "pl" => n == 1 ? "one" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many",
            "uk" or "ru" or "be" => mod10 == 1 && mod100 != 11 ? "one"
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few"
                : "many",
            "cs" or "sk" => n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other",
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when mod100 is >= 3 and <= 10 => "few",
                _ when mod100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            _ => n == 1 ? "one" : "other",
        };
    }
}
