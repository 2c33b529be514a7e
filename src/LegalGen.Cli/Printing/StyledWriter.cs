using Spectre.Console;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Writes text, in colour through Spectre.Console when given colour capabilities, else plain. Never wraps
/// lines: the terminal does, and redirected output stays one message per line. What it writes is escaped
/// (<see cref="TerminalText"/>): a folder name or YAML key can never send control sequences to the terminal.
/// </summary>
internal sealed class StyledWriter(TextWriter writer, AnsiCapabilities? colour)
{
    private readonly AnsiWriter? _ansi = colour is null ? null : new AnsiWriter(writer, colour);

    /// <summary>The 16 standard colours, which every colour terminal has.</summary>
    public static AnsiCapabilities StandardColours => new() { Ansi = true, ColorSystem = ColorSystem.Standard };

    /// <summary>The underlying writer, for output that must never be styled (JSON, CI annotations).</summary>
    public TextWriter Plain { get; } = writer;

    public bool HasColour => _ansi is not null;

    /// <summary>What the terminal behind <paramref name="console"/> supports; null when it cannot show colour (TERM=dumb).</summary>
    public static AnsiCapabilities? Detect(TextWriter console)
    {
        var capabilities = AnsiCapabilities.Create(console, new AnsiWriterSettings { Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });
        return capabilities.Ansi && capabilities.ColorSystem != ColorSystem.NoColors ? capabilities : null;
    }

    public StyledWriter Write(string text, Palette? style = null)
    {
        if (text.Length == 0) return this;
        text = TerminalText.Escape(text);
        if (_ansi is null || style is null) Plain.Write(text);
        else _ansi.Write(text, Look(style.Value));
        return this;
    }

    public StyledWriter WriteLine(string text = "", Palette? style = null)
    {
        Write(text, style);
        Plain.WriteLine();
        return this;
    }

    private static Style Look(Palette style) => style switch
    {
        Palette.Error => new Style(Color.Red, decoration: Decoration.Bold),
        Palette.Warning => new Style(Color.Yellow, decoration: Decoration.Bold),
        Palette.Location => new Style(decoration: Decoration.Bold),
        Palette.Gutter => new Style(Color.Blue),
        Palette.Hint => new Style(Color.Cyan),
        Palette.Success => new Style(Color.Green),
        Palette.Dim => new Style(decoration: Decoration.Dim),
        Palette.Deleted => new Style(Color.Red, decoration: Decoration.Strikethrough),
        Palette.Inserted => new Style(Color.Green, decoration: Decoration.Underline),
        Palette.Reformatted => new Style(Color.Blue, decoration: Decoration.Underline),
        Palette.Moved => new Style(Color.Magenta, decoration: Decoration.Italic),
        _ => Style.Plain,
    };
}
