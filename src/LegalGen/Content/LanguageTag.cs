using System.Text.RegularExpressions;

namespace LegalGen.Content;

/// <summary>BCP-47 language tags as the content uses them (<c>pl</c>, <c>en</c>, <c>pt-BR</c>, <c>zh-Hant</c>).</summary>
internal static partial class LanguageTag
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag) && !DeviceNames.IsReserved(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
