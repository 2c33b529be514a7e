namespace LegalGen.Content;

/// <summary>
/// The limits that keep a build's time and memory bounded whatever the content holds. Legal documents are
/// far inside them; each one crossed is a located error (see docs/content.md, "Limits").
/// </summary>
public static class ContentLimits
{
    /// <summary>The largest file LegalGen reads (a version file or <c>site.yml</c>).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The most characters between a version file's two <c>---</c> lines.</summary>
    public const int MaxFrontMatterCharacters = 64 * 1024;

    /// <summary>How deep lists and groups of keys may nest in YAML (LegalGen's own keys need two levels).</summary>
    public const int MaxYamlNesting = 16;

    /// <summary>How deep block quotes, lists, emphasis and links may nest in a text, counted together.</summary>
    public const int MaxMarkdownNesting = 32;

    /// <summary>The most characters in one block of text: lines with no empty line between them.</summary>
    public const int MaxBlockCharacters = 64 * 1024;
}
