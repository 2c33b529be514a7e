using System.Text;
using System.Xml;

namespace LegalGen.Publishing;

/// <summary>XML written the same way every time: UTF-8 without BOM, LF, two-space indentation.</summary>
internal static class XmlOutput
{
    public static string Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>An RFC 3339 timestamp at the start of the day, UTC: versions take effect on a date, not at a time.</summary>
    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
