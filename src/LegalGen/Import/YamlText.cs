using System.Globalization;
using System.Text;

namespace LegalGen.Import;

/// <summary>Values written into front matter: always in double quotes, so that no commit subject (a colon, a '#', a leading '*') can change what the YAML means.</summary>
internal static class YamlText
{
    public static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\n': quoted.Append("\\n"); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

}
