namespace LegalGen.Localization;

/// <summary>
/// The CLDR cardinal plural category of a count ("zero", "one", "two", "few", "many", "other") for whole numbers, so
/// "1 słowo", "3 słowa", "5 słów" come out right. The rules are CLDR's (<c>common/supplemental/plurals.xml</c>) for the
/// integer operands alone: counts are whole, so the rules' decimal conditions never apply. A language not listed here
/// reads as English does (one for 1, other for the rest).
/// </summary>
public static class PluralRules
{
    /// <summary>The categories in CLDR's order, the order a strings file lists them in.</summary>
    public static readonly IReadOnlyList<string> AllCategories = ["zero", "one", "two", "few", "many", "other"];

    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        var mod10 = n % 10;
        var mod100 = n % 100;
        var primary = PrimaryOf(language);
        return primary switch
        {
            // Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian, Malay: one form for every count.
            "ja" or "zh" or "ko" or "th" or "vi" or "id" or "ms" or "my" or "km" or "lo" => "other",

            // Hindi, Bengali, Persian: one for 0 and 1.
            "hi" or "bn" or "fa" => n is 0 or 1 ? "one" : "other",

            // French and Portuguese (Brazil, and the tag "pt" alone): one for 0 and 1; Portugal's Portuguese: one for 1.
            // With Spanish, Italian and Catalan, "many" for whole millions ("1 000 000 de mots").
            "fr" => n is 0 or 1 ? "one" : Millions(n) ? "many" : "other",
            "pt" when !language.Equals("pt-PT", StringComparison.OrdinalIgnoreCase) => n is 0 or 1 ? "one" : Millions(n) ? "many" : "other",
            "pt" or "es" or "it" or "ca" => n == 1 ? "one" : Millions(n) ? "many" : "other",

            "pl" => n == 1 ? "one" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many",
            "uk" or "ru" or "be" => mod10 == 1 && mod100 != 11 ? "one"
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few"
                : "many",
            "cs" or "sk" => n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other",
            "hr" or "bs" or "sr" => mod10 == 1 && mod100 != 11 ? "one"
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few"
                : "other",
            "sl" => mod100 switch
            {
                1 => "one",
                2 => "two",
                3 or 4 => "few",
                _ => "other",
            },
            "lt" => mod100 is >= 11 and <= 19 ? "other" : mod10 == 1 ? "one" : mod10 >= 2 ? "few" : "other",
            "lv" => mod10 == 0 || mod100 is >= 11 and <= 19 ? "zero" : mod10 == 1 ? "one" : "other",
            "ga" => n switch
            {
                1 => "one",
                2 => "two",
                >= 3 and <= 6 => "few",
                >= 7 and <= 10 => "many",
                _ => "other",
            },
            "mt" => n switch
            {
                1 => "one",
                2 => "two",
                _ when n == 0 || mod100 is >= 3 and <= 10 => "few",
                _ when mod100 is >= 11 and <= 19 => "many",
                _ => "other",
            },
            // Romanian: "few" for 0 and for 2–19 (and 101–119…, CLDR since version 38), "other" from 20 ("20 de cuvinte").
            "ro" => n == 1 ? "one" : n == 0 || mod100 is >= 1 and <= 19 ? "few" : "other",
            "he" => n switch
            {
                1 => "one",
                2 => "two",
                _ => "other",
            },
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when mod100 is >= 3 and <= 10 => "few",
                _ when mod100 is >= 11 and <= 99 => "many",
                _ => "other",
            },

            // English, German, Dutch, the Nordic languages, Estonian, Greek, Hungarian, Bulgarian, Turkish… (OneForOne), and
            // any language not named here: one for 1.
            _ => n == 1 ? "one" : "other",
        };
    }

    /// <summary>True when these rules know <paramref name="language"/>, rather than reading it as English for want of its own.</summary>
    public static bool Knows(string language) => Known.Contains(PrimaryOf(language));

    /// <summary>The languages whose rule is English's: one for 1, other for every other count.</summary>
    private static readonly HashSet<string> OneForOne = ["en", "de", "nl", "sv", "da", "no", "nb", "nn", "fi", "et", "el", "hu", "bg", "tr", "eu", "gl", "sq", "ka", "az", "kk", "ur", "sw"];

    private static readonly HashSet<string> Known =
    [
        .. OneForOne, "ja", "zh", "ko", "th", "vi", "id", "ms", "my", "km", "lo", "hi", "bn", "fa", "fr", "pt", "es", "it", "ca", "pl", "uk", "ru", "be",
        "cs", "sk", "hr", "bs", "sr", "sl", "lt", "lv", "ga", "mt", "ro", "he", "ar",
    ];

    private static bool Millions(long n) => n != 0 && n % 1_000_000 == 0;

    private static string PrimaryOf(string language)
    {
        var dash = language.IndexOf('-');
        var primary = dash < 0 ? language : language[..dash];
        return primary.ToLowerInvariant();
    }
}
