namespace LegalGen.Import;

/// <summary>Why a commit of a file gave no version and no translation.</summary>
public enum SkipReason
{
    /// <summary>It only renamed or moved the file.</summary>
    Moved,

    /// <summary>It changed only line endings, a byte-order mark, spaces at the ends of lines or empty lines at the end.</summary>
    LineEndingsOrTrailingSpaces,

    /// <summary>It changed the Markdown in ways that render the same page: spacing inside lines, a <c>datetime</c> attribute, equivalent markup.</summary>
    RendersTheSame,

    /// <summary>Its change was undone later the same day: the day's last text is the text before it.</summary>
    UndoneTheSameDay,

    /// <summary>The file is not UTF-8 text at this commit.</summary>
    NotText,

    /// <summary>The file is larger at this commit than LegalGen reads.</summary>
    TooLarge,
}
