using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>
/// The unit the redline compares: a word, a number, an e-mail address or URL, a punctuation mark,
/// or one character of a script written without spaces.
/// </summary>
/// <param name="Space">The whitespace before the token as the reader sees it: "" or " " (verbatim in code).</param>
/// <param name="IsWord">False for punctuation, which the word counts leave out.</param>
public readonly record struct Token(string Text, string Space, InlineStyle Style, string? Link, bool IsWord)
{
    /// <summary>
    /// What two tokens must share to be "the same" word: their text. Where the same words are formatted or linked
    /// otherwise, the redline marks them as reformatted (<see cref="SegmentKind.Reformatted"/>), not as deleted and inserted.
    /// </summary>
    internal string Key => Text;
}
