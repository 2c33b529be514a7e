using System.Text.RegularExpressions;

namespace LegalGen.Content;

/// <summary>A policy folder's name, which becomes part of every URL of the policy.</summary>
internal static partial class PolicySlug
{
    public static bool IsValid(string name) => Pattern().IsMatch(name) && name.Length <= 100 && !DeviceNames.IsReserved(name);

    /// <summary>A valid slug that looks like <paramref name="name"/>, for hints: "Privacy Policy" → "privacy-policy".</summary>
    public static string Suggest(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        slug = slug.Trim('-');
        if (DeviceNames.IsReserved(slug)) slug += "-policy";
        return slug.Length > 0 ? slug : "privacy";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
