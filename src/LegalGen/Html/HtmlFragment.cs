using System.Text;

namespace LegalGen.Html;

/// <summary>
/// A piece of HTML that LegalGen writes itself, straight into the page as a template writes it, rather than first
/// into a string of its own: for the parts a page has thousands of (a redline's blocks), whose strings would
/// otherwise be made only to be copied. Like <see cref="RawHtml"/>, templates write it unescaped.
/// </summary>
public abstract class HtmlFragment
{
    public abstract void WriteTo(StringBuilder html);

    /// <summary>The fragment <paramref name="write"/> writes, each time it is written.</summary>
    public static HtmlFragment Of(Action<StringBuilder> write) => new Written(write);

    public override string ToString()
    {
        var html = new StringBuilder();
        WriteTo(html);
        return html.ToString();
    }

    private sealed class Written(Action<StringBuilder> write) : HtmlFragment
    {
        public override void WriteTo(StringBuilder html) => write(html);
    }
}
