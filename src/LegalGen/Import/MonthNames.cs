using System.Globalization;
using LegalGen.Text;

namespace LegalGen.Import;

/// <summary>
/// Month names as policies write them in their effective dates, in the languages of LegalGen's interface: English,
/// German, French, Spanish, Italian, Polish, Czech, Ukrainian and Arabic, in the forms a date takes ("4 maja",
/// "4. května", "4 травня" are genitives), with the usual abbreviations. Compared in lower case, composed (NFC).
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Numbers = Build(
        // English
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        // German (Austrian "Jänner" too)
        ["januar", "jänner", "jän"], ["februar"], ["märz", "mär", "maerz"], [], ["mai"], ["juni"],
        ["juli"], [], [], ["oktober", "okt"], [], ["dezember", "dez"],
        // French, with and without accents
        ["janvier", "janv"], ["février", "fevrier", "févr", "fevr"], ["mars"], ["avril", "avr"], [], ["juin"],
        ["juillet", "juil"], ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
        // Spanish
        ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"],
        ["julio"], ["agosto", "ago"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre", "dic"],
        // Italian
        ["gennaio", "gen"], ["febbraio"], [], ["aprile"], ["maggio", "mag"], ["giugno", "giu"],
        ["luglio", "lug"], [], ["settembre", "set"], ["ottobre", "ott"], [], ["dicembre"],
        // Polish: nominative and genitive
        ["styczeń", "stycznia", "sty"], ["luty", "lutego", "lut"], ["marzec", "marca"], ["kwiecień", "kwietnia", "kwi"], ["maj", "maja"], ["czerwiec", "czerwca", "cze"],
        ["lipiec", "lipca", "lip"], ["sierpień", "sierpnia", "sie"], ["wrzesień", "września", "wrz"], ["październik", "października", "paź"], ["listopad", "listopada", "lis"], ["grudzień", "grudnia", "gru"],
        // Czech: nominative and genitive
        ["leden", "ledna"], ["únor", "února"], ["březen", "března"], ["duben", "dubna"], ["květen", "května"], ["červen", "června"],
        ["červenec", "července"], ["srpen", "srpna"], ["září"], ["říjen", "října"], ["listopadu"], ["prosinec", "prosince"],
        // Ukrainian: nominative and genitive
        ["січень", "січня"], ["лютий", "лютого"], ["березень", "березня"], ["квітень", "квітня"], ["травень", "травня"], ["червень", "червня"],
        ["липень", "липня"], ["серпень", "серпня"], ["вересень", "вересня"], ["жовтень", "жовтня"], ["листопад", "листопада"], ["грудень", "грудня"],
        // Arabic (the names used in Egypt and most of the Arab world, and the Levantine ones)
        ["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "إبريل", "نيسان"], ["مايو", "أيار"], ["يونيو", "يونيه", "حزيران"],
        ["يوليو", "يوليه", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"], ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"]);

    /// <summary>The month's number (1–12) for a name or a number as written; null when it is neither a month name nor digits.</summary>
    /// <remarks>Digits are returned as written, even 13: whether they make a date is for the caller to say.</remarks>
    public static int? Number(string written)
    {
        var word = written.Trim().TrimEnd('.');
        if (word.Length > 0 && word.All(char.IsAsciiDigit))
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return Numbers.TryGetValue(Key(word), out var month) ? month : null;
    }

    private static string Key(string word)
    {
        var nfc = CanonicalNormalization.ToNfc(word);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = SimpleCaseMapping.ToLower(source[i]);
        });
    }

    /// <summary>Names given twelve at a time, January first, language after language.</summary>
    private static Dictionary<string, int> Build(params string[][] months)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var name in months[i]) numbers.TryAdd(Key(name), i % 12 + 1);
        }

        return numbers;
    }
}
