using System.Text;

namespace LegalGen.Benchmarks;

/// <summary>
/// Realistic policy texts of a given size, built deterministically from the vocabulary and sentence shapes
/// of a Polish privacy policy: sections with headings, paragraphs, bullet lists and a table now and then.
/// </summary>
public sealed class PolicyTextGenerator(int seed)
{
    private static readonly string[] Words =
    [
        "administrator", "danych", "osobowych", "przetwarza", "informacje", "podane", "przy", "rejestracji", "na", "stronie",
        "oraz", "w", "celu", "realizacji", "zamówienia", "użytkownik", "może", "zostać", "poproszony", "o", "podanie", "adresu",
        "e-mail", "numeru", "telefonu", "zgodnie", "z", "art.", "6", "ust.", "1", "lit.", "b", "RODO", "przez", "okres",
        "12", "miesięcy", "od", "dnia", "zakończenia", "umowy", "logi", "serwera", "są", "przechowywane", "jako", "materiał",
        "pomocniczy", "służący", "do", "administrowania", "serwisem", "pliki", "cookies", "zapisywane", "wyłącznie", "za", "zgodą",
        "prawo", "dostępu", "sprostowania", "usunięcia", "ograniczenia", "przenoszenia", "sprzeciwu", "skargi", "Prezesa", "UODO",
    ];

    private readonly Random _random = new(seed);

    public string Sentence()
    {
        var n = _random.Next(8, 26);
        var words = Enumerable.Range(0, n).Select(_ => Words[_random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + (_random.Next(6) == 0 ? ", contact@orbizer.com." : ".");
    }

    public string Paragraph() => string.Join(' ', Enumerable.Range(0, _random.Next(2, 6)).Select(_ => Sentence()));

    /// <summary>A list of blocks (each one Markdown block) of about <paramref name="bytes"/> UTF-8 bytes.</summary>
    public List<string> Document(int bytes)
    {
        var blocks = new List<string>();
        var size = 0;
        var section = 0;
        while (size < bytes)
        {
            var block = _random.Next(10) switch
            {
                0 => $"## {++section}. {Sentence().TrimEnd('.')}",
                1 or 2 => string.Join('\n', Enumerable.Range(0, _random.Next(2, 6)).Select(_ => "- " + Sentence())),
                3 when _random.Next(4) == 0 => "| Dane | Okres | Podstawa |\n|---|---|---|\n" + string.Join('\n', Enumerable.Range(0, 4).Select(i => $"| {Sentence()} | {_random.Next(1, 60)} miesięcy | art. 6 ust. 1 lit. {"abcf"[i]} |")),
                _ => Paragraph(),
            };
            blocks.Add(block);
            size += Encoding.UTF8.GetByteCount(block) + 2;
        }

        return blocks;
    }

    /// <summary>
    /// The next version: <paramref name="share"/> of the blocks touched — a word changed, a sentence added, a block
    /// inserted, deleted or moved — the way lawyers revise a policy.
    /// </summary>
    public List<string> Revise(List<string> blocks, double share)
    {
        var next = new List<string>(blocks);
        var edits = Math.Max(1, (int)(blocks.Count * share));
        for (var e = 0; e < edits; e++)
        {
            var i = _random.Next(next.Count);
            switch (_random.Next(6))
            {
                case 0:
                    next.Insert(i, Paragraph());
                    break;
                case 1 when next.Count > 1:
                    next.RemoveAt(i);
                    break;
                case 2 when next.Count > 2:
                    var moved = next[i];
                    next.RemoveAt(i);
                    next.Insert(_random.Next(next.Count), moved);
                    break;
                case 3:
                    next[i] = next[i] + " " + Sentence();
                    break;
                default:
                    var words = next[i].Split(' ');
                    words[_random.Next(words.Length)] = Words[_random.Next(Words.Length)];
                    next[i] = string.Join(' ', words);
                    break;
            }
        }

        return next;
    }

    public static string Markdown(IEnumerable<string> blocks) => string.Join("\n\n", blocks) + "\n";
}
