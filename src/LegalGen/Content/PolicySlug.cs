using System.Text.RegularExpressions;

namespace LegalGen.Content;

/// <summary>A policy folder's name, which becomes part of every URL of the policy.</summary>
internal static partial class PolicySlug
{
    public static bool IsValid(string name) => Pattern().IsMatch(name) && name.Length <= 100;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
