namespace LegalGen.Cli.Printing;

/// <summary>The kinds of text LegalGen colours on a terminal; <see cref="StyledWriter"/> alone knows how each looks.</summary>
internal enum Palette
{
    Error,
    Warning,
    Location,
    Gutter,
    Hint,
    Success,
    Dim,
    Deleted,
    Inserted,

    /// <summary>Words of a redline kept with another formatting or link target.</summary>
    Reformatted,

    /// <summary>Text of a redline that moved, where it left and where it arrived.</summary>
    Moved,
}
