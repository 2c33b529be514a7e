using System.Globalization;
using System.Text;

namespace LegalGen.Pdf;

/// <summary>
/// A browser stamps each PDF it prints with the moment it printed it (<c>/CreationDate</c>, <c>/ModDate</c> in the document's
/// information), so two prints of the same page differ in those bytes alone. Setting both to the build's as-of date —
/// written in the same number of characters, so no offset in the file moves — makes a build's PDFs reproducible, as its
/// pages are, and lets an unchanged PDF keep the previous site's file.
/// </summary>
public static class PdfDates
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];

    /// <summary>Sets the dates of <paramref name="pdf"/> (in place, and returns it) to <paramref name="date"/> at midnight UTC.</summary>
    /// <remarks>Only a full date and time (<c>D:YYYYMMDDHHmmSS</c> followed by <c>Z</c> or an offset such as <c>+00'00'</c>) is replaced.</remarks>
    public static byte[] Set(byte[] pdf, DateOnly date)
    {
        var stamp = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        foreach (var key in Keys)
        {
            for (var at = pdf.AsSpan().IndexOf(key); at >= 0;)
            {
                var value = at + key.Length;
                if (IsStamp(pdf, value)) Replace(pdf, value, stamp);
                var next = pdf.AsSpan(value).IndexOf(key);
                at = next < 0 ? -1 : value + next;
            }
        }

        return pdf;
    }

    /// <summary>Fourteen digits, then the time zone: <c>Z</c>, <c>+</c> or <c>-</c>.</summary>
    private static bool IsStamp(byte[] pdf, int at)
    {
        if (at + 15 > pdf.Length) return false;
        for (var i = 0; i < 14; i++)
            if (pdf[at + i] is < (byte)'0' or > (byte)'9') return false;
        return pdf[at + 14] is (byte)'Z' or (byte)'+' or (byte)'-';
    }

    /// <summary>The date and time, and a time zone of UTC (<c>+00'00'</c>, <c>-00'00'</c> or <c>Z</c> kept in its length).</summary>
    private static void Replace(byte[] pdf, int at, byte[] stamp)
    {
        stamp.CopyTo(pdf, at);
        var zone = at + 14;
        if (pdf[zone] == (byte)'-') pdf[zone] = (byte)'+';
        for (var i = zone + 1; i < pdf.Length && i < zone + 7 && pdf[i] is >= (byte)'0' and <= (byte)'9' or (byte)'\''; i++)
            if (pdf[i] != (byte)'\'') pdf[i] = (byte)'0';
    }
}
