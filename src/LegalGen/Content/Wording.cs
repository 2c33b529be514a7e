using System.Security.Cryptography;
using System.Text;
using LegalGen.Text;

namespace LegalGen.Content;

/// <summary>
/// A text's wording, for telling whether two versions of a text say the same: its title and Markdown composed to
/// NFC, each line without its trailing spaces and tabs, without empty lines at either end, runs of empty lines as
/// one. What an editor's tool changes without a reader seeing it — line endings, a trailing space, a text saved
/// decomposed, the front matter's summary — does not change the wording; any other character does.
/// </summary>
internal static class Wording
{
    /// <summary>Lower-case hex SHA-256 of the wording of <paramref name="title"/> and <paramref name="body"/> (LF line endings).</summary>
    public static string DigestOf(string title, string body)
    {
        var wording = new StringBuilder(title.Length + body.Length + 2);
        wording.Append(CanonicalNormalization.ToNfc(title.Trim())).Append("\n\n");
        var pendingEmpty = false;
        var started = false;
        foreach (var line in CanonicalNormalization.ToNfc(body).Split('\n'))
        {
            var kept = line.TrimEnd(' ', '\t', '\r');
            if (kept.Length == 0)
            {
                pendingEmpty = started;
                continue;
            }

            if (pendingEmpty) wording.Append('\n');
            wording.Append(kept).Append('\n');
            pendingEmpty = false;
            started = true;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wording.ToString())));
    }
}
