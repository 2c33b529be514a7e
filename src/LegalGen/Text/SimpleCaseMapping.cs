namespace LegalGen.Text;

/// <summary>
/// Lowercases a character by the simple mapping of <see cref="UnicodeCharacterDatabase"/>, as
/// <see cref="char.ToLowerInvariant"/> does — but that asks ICU, or in globalization-invariant mode .NET's own
/// tables, and the two follow different Unicode versions.
/// </summary>
internal static class SimpleCaseMapping
{
    public static char ToLower(char c)
    {
        if (c < 0x80) return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

        // Runs of (first, last, delta, step), sorted: a binary search for the run that holds c.
        var runs = UnicodeCharacterDatabase.LowercaseRuns;
        var (low, high) = (0, runs.Length / 4 - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var run = runs.Slice(middle * 4, 4);
            if (c < run[0]) high = middle - 1;
            else if (c > run[1]) low = middle + 1;
            else return (c - run[0]) % run[3] == 0 ? (char)(c + run[2]) : c;
        }

        return c;
    }
}
