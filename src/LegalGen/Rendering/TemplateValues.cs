using System.Text;
using LegalGen.Pages;
using LegalGen.Redline.Model;

namespace LegalGen.Rendering;

/// <summary>How values that are not text reach templates.</summary>
internal static class TemplateValues
{
    /// <summary>
    /// An enumeration's value as a word: its name in lowercase (<c>current</c>, <c>heading</c>, <c>listitem</c> —
    /// spelt as the stylesheet's classes <c>sbs-listitem</c> and <c>pv-listitem</c> always were), except the kinds
    /// whose names pages, stylesheets and the JSON redline have always written with hyphens: page kinds
    /// (<c>not-found</c>) and change kinds (<c>moved-from</c>).
    /// </summary>
    public static string NameOf(Enum value) =>
        value is PageKind or ChangeKind ? Hyphenated(value.ToString()) : value.ToString().ToLowerInvariant();

    private static string Hyphenated(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) words.Append('-');
            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
