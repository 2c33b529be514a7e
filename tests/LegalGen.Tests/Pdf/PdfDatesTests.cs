using System.Text;
using LegalGen.Pdf;

namespace LegalGen.Tests.Pdf;

public class PdfDatesTests
{
    private static byte[] Pdf(string info) => Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n<<{info}>>\nendobj\nxref\n");

    [Fact]
    public void The_creation_and_modification_dates_become_the_given_day_at_midnight_UTC_in_as_many_bytes()
    {
        var pdf = Pdf("/Producer (Skia/PDF m156)\n/CreationDate (D:20261201005528+02'00')\n/ModDate (D:20261201005529-05'30')");
        var length = pdf.Length;

        var dated = Encoding.ASCII.GetString(PdfDates.Set(pdf, new DateOnly(2025, 2, 1)));

        Assert.Equal(length, dated.Length);
        Assert.Contains("/CreationDate (D:20250201000000+00'00')", dated, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20250201000000+00'00')", dated, StringComparison.Ordinal);
        Assert.Contains("/Producer (Skia/PDF m156)", dated, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_prints_that_differ_only_in_their_moment_become_the_same_bytes()
    {
        var first = Pdf("/CreationDate (D:20261201005528Z)\n/ModDate (D:20261201005528Z)");
        var second = Pdf("/CreationDate (D:20261201235959Z)\n/ModDate (D:20261202000001Z)");

        Assert.Equal(PdfDates.Set(first, new DateOnly(2026, 6, 1)), PdfDates.Set(second, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_date_written_otherwise_and_text_that_only_looks_like_a_key_are_left_as_they_are()
    {
        var text = "/CreationDate (D:2026)\n/Title (/ModDate \\(D:x\\))\nstream /ModDate (D:2026120100552) endstream";
        var pdf = Pdf(text);

        Assert.Equal(Pdf(text), PdfDates.Set(pdf, new DateOnly(2026, 6, 1)));
    }
}
