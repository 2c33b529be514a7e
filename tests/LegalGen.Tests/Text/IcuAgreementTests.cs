using System.Globalization;
using System.Text;
using LegalGen.Tests.Support;
using LegalGen.Text;

namespace LegalGen.Tests.Text;

/// <summary>
/// The managed normalizer and lowercasing against .NET's own, which ask ICU. Only characters that are assigned both in
/// LegalGen's data (<see cref="AssignedCodePoints"/>) and in the runtime's (<see cref="CharUnicodeInfo"/>) are compared:
/// a character newer than one side's Unicode version is legitimately left alone by that side.
/// </summary>
public class IcuAgreementTests
{
    private static readonly (int First, int Last)[] InterestingRanges =
    [
        (0x41, 0x7A), (0xC0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x591, 0x5C7), (0x64B, 0x65F),
        (0x900, 0x97F), (0x9BC, 0x9D7), (0xB3C, 0xB57), (0xDCA, 0xDDF), (0xF40, 0xFBC), (0x1100, 0x11FF), (0x1E00, 0x1FFF),
        (0x2126, 0x212B), (0x2ADC, 0x2ADD), (0x3099, 0x309A), (0x304B, 0x30F7), (0xAC00, 0xAC40), (0xF900, 0xFB4F),
        (0x1D15E, 0x1D1C0), (0x2F800, 0x2F810),
    ];

    [IcuFact]
    public void Every_code_point_normalizes_as_with_ICU()
    {
        var differences = new List<string>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (!AssignedOnBothSides(c)) continue;
            var text = char.ConvertFromUtf32(c);
            if (CanonicalNormalization.ToNfc(text) != text.Normalize(NormalizationForm.FormC)) differences.Add($"NFC of U+{c:X4}");
            if (CanonicalNormalization.ToNfd(text) != text.Normalize(NormalizationForm.FormD)) differences.Add($"NFD of U+{c:X4}");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [IcuFact]
    public void Random_strings_of_marks_letters_and_jamo_normalize_as_with_ICU()
    {
        var random = new Random(20260101);
        var candidates = InterestingRanges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).Where(AssignedOnBothSides).ToArray();
        var differences = new List<string>();
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => char.ConvertFromUtf32(candidates[random.Next(candidates.Length)])));
            if (CanonicalNormalization.ToNfc(text) != text.Normalize(NormalizationForm.FormC)) differences.Add("NFC of " + Hex(text));
            if (CanonicalNormalization.ToNfd(text) != text.Normalize(NormalizationForm.FormD)) differences.Add("NFD of " + Hex(text));
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [IcuFact]
    public void Every_character_lowercases_as_with_ICU()
    {
        var differences = Enumerable.Range(0, 0x10000)
            .Where(c => AssignedOnBothSides(c) && SimpleCaseMapping.ToLower((char)c) != char.ToLowerInvariant((char)c))
            .Select(c => $"U+{c:X4}: {(int)SimpleCaseMapping.ToLower((char)c):X4}, ICU {(int)char.ToLowerInvariant((char)c):X4}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    private static bool AssignedOnBothSides(int c) =>
        c is < 0xD800 or > 0xDFFF && AssignedCodePoints.Contains(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherNotAssigned;

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
