using LegalGen.Markdown;

namespace LegalGen.Pages;

/// <summary>
/// What one policy's texts leave behind for <see cref="PolicyLinkCheck"/>: the ids of each text, by its file, and its
/// links to other policies, each with the language of the text it is written in. Kept by <c>serve</c> for a policy
/// that was not rendered again, so links to it and from it are checked as in a whole build.
/// </summary>
public sealed record PolicyLinks(
    IReadOnlyList<KeyValuePair<string, IReadOnlySet<string>>> Anchors,
    IReadOnlyList<(PolicyLink Link, string Language)> Links);
