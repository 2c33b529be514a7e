namespace LegalGen.Cli.Printing;

/// <summary>
/// The command's two output streams and what they can show. Colour only on a terminal — never when the
/// stream is redirected to a file or pipe, or when <c>NO_COLOR</c> is set; a live progress display only
/// when standard error is a terminal someone is watching.
/// </summary>
internal sealed class Terminal(StyledWriter stdout, StyledWriter stderr, bool interactive)
{
    public StyledWriter Out { get; } = stdout;

    public StyledWriter Error { get; } = stderr;

    /// <summary>Standard error is a terminal: progress may be drawn there.</summary>
    public bool IsInteractive { get; } = interactive;

    /// <summary>What the process's own console can show; writers other than the console's get plain text.</summary>
    public static Terminal For(TextWriter stdout, TextWriter stderr)
    {
        var colourAllowed = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var outIsTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var errorIsTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return new Terminal(
            new StyledWriter(stdout, colourAllowed && outIsTerminal ? StyledWriter.Detect(stdout) : null),
            new StyledWriter(stderr, colourAllowed && errorIsTerminal ? StyledWriter.Detect(stderr) : null),
            errorIsTerminal);
    }

    /// <summary>Plain text on both streams, as when redirected.</summary>
    public static Terminal Plain(TextWriter stdout, TextWriter stderr) =>
        new(new StyledWriter(stdout, null), new StyledWriter(stderr, null), interactive: false);

    /// <summary>Standard colours on both streams whatever they are (to test what a terminal shows).</summary>
    public static Terminal Coloured(TextWriter stdout, TextWriter stderr, bool interactive = false) =>
        new(new StyledWriter(stdout, StyledWriter.StandardColours), new StyledWriter(stderr, StyledWriter.StandardColours), interactive);
}
