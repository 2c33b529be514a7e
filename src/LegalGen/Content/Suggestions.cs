namespace LegalGen.Content;

/// <summary>"Did you mean …?" for misspelt keys and names.</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        var allowed = Math.Max(1, Math.Min(3, typed.Length / 3));
        return best.Candidate is not null && best.Distance <= allowed ? best.Candidate : null;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment): a swapped pair of letters costs one.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
