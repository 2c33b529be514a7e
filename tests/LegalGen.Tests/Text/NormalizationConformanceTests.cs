using System.Globalization;
using System.Text;
using LegalGen.Text;

namespace LegalGen.Tests.Text;

/// <summary>The Unicode conformance test of normalization, NormalizationTest.txt, for NFC and NFD.</summary>
public class NormalizationConformanceTests
{
    [NormalizationTestFileFact]
    public void Every_line_of_the_Unicode_conformance_test_passes_for_NFC_and_NFD()
    {
        var failures = new List<string>();
        var checkedLines = 0;
        var listedInPart1 = new HashSet<int>();
        var part = "";
        foreach (var line in NormalizationTestFile.ReadLines())
        {
            var data = line.Split('#')[0].Trim();
            if (data.Length == 0) continue;
            if (data.StartsWith('@'))
            {
                part = data;
                continue;
            }

            var columns = data.Split(';', StringSplitOptions.TrimEntries)[..5].Select(CodePoints).ToArray();
            // A newer file than the data: its new characters are not ours to know; stability keeps the rest valid.
            if (columns.Any(c => !c.All(AssignedCodePoints.Contains))) continue;
            if (part == "@Part1") listedInPart1.Add(columns[0][0]);

            var (c1, c2, c3, c4, c5) = (Text(columns[0]), Text(columns[1]), Text(columns[2]), Text(columns[3]), Text(columns[4]));
            var nfc = new[] { c2, CanonicalNormalization.ToNfc(c1), CanonicalNormalization.ToNfc(c2), CanonicalNormalization.ToNfc(c3) };
            var nfcOfCompatibility = new[] { c4, CanonicalNormalization.ToNfc(c4), CanonicalNormalization.ToNfc(c5) };
            var nfd = new[] { c3, CanonicalNormalization.ToNfd(c1), CanonicalNormalization.ToNfd(c2), CanonicalNormalization.ToNfd(c3) };
            var nfdOfCompatibility = new[] { c5, CanonicalNormalization.ToNfd(c4), CanonicalNormalization.ToNfd(c5) };
            if (new[] { nfc, nfcOfCompatibility, nfd, nfdOfCompatibility }.Any(results => results.Distinct(StringComparer.Ordinal).Count() > 1))
                failures.Add($"{data}  NFC: {string.Join(" | ", nfc.Select(Hex))}  NFD: {string.Join(" | ", nfd.Select(Hex))}");
            checkedLines++;
        }

        // Part 1's rule for the characters it does not list: each is its own NFC and NFD.
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF || listedInPart1.Contains(c) || !AssignedCodePoints.Contains(c)) continue;
            var text = char.ConvertFromUtf32(c);
            if (!ReferenceEquals(text, CanonicalNormalization.ToNfc(text)) || !ReferenceEquals(text, CanonicalNormalization.ToNfd(text)))
                failures.Add($"U+{c:X4} is not listed in Part 1 but changes");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures, the first:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(checkedLines > 18_000, $"only {checkedLines} lines checked");
        Assert.True(listedInPart1.Count > 2_000, $"only {listedInPart1.Count} characters in Part 1");
    }

    private static int[] CodePoints(string column) =>
        column.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    private static string Text(int[] codePoints) => string.Concat(codePoints.Select(char.ConvertFromUtf32));

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
