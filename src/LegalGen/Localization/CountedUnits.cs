namespace LegalGen.Localization;

/// <summary>
/// What a redline's counts count in a text of a language, as the interface strings name it: <c>words</c>, or
/// <c>characters</c> in the languages written without spaces between words — Chinese, Japanese, Thai, Lao, Khmer,
/// Burmese — whose every character the redline compares on its own (<see cref="Redline.Tokenizer"/>). A word of Latin
/// letters or a number among them still counts once. The count's strings are <c>words_inserted</c> or
/// <c>characters_inserted</c>, and so on.
/// </summary>
public static class CountedUnits
{
    public const string Words = "words";

    public const string Characters = "characters";

    private static readonly HashSet<string> WrittenWithoutSpaces = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "th", "lo", "km", "my" };

    public static string Of(string language) => WrittenWithoutSpaces.Contains(language.Split('-')[0]) ? Characters : Words;
}
