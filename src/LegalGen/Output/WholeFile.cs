using System.Text.Json;
using System.Xml;

namespace LegalGen.Output;

/// <summary>
/// Checks that a generated feed, sitemap or manifest is whole — well-formed from its first byte to its
/// last — before it joins the site: a file cut short would be published as if it were complete.
/// (Pages are checked as they render: every value written whole, the layout's ending present.)
/// </summary>
public static class WholeFile
{
    /// <summary>Throws <see cref="InvalidDataException"/> when <paramref name="content"/> is not a whole XML or JSON document.</summary>
    public static void Check(string sitePath, string content)
    {
        try
        {
            if (sitePath.EndsWith(".xml", StringComparison.Ordinal))
            {
                using var reader = XmlReader.Create(new StringReader(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read())
                {
                }
            }
            else if (sitePath.EndsWith(".json", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(content);
            }
        }
        catch (Exception e) when (e is XmlException or JsonException)
        {
            throw new InvalidDataException($"'{sitePath}' came out incomplete or malformed: {e.Message}", e);
        }
    }
}
