namespace LegalGen.Model;

/// <summary>A policy (privacy policy, terms…): a folder of versions, oldest first.</summary>
/// <param name="WithdrawnOn">The day from which no version applies any more (site.yml's <c>withdrawn:</c>), or null.</param>
public sealed record Policy(string Slug, IReadOnlyList<PolicyVersion> Versions, DateOnly? WithdrawnOn = null)
{
    /// <summary>
    /// The policy's title for readers of <paramref name="language"/> at <paramref name="version"/>: that version's
    /// translation, else the latest earlier translated version's, else the binding title.
    /// </summary>
    public string TitleIn(PolicyVersion version, string language) =>
        version.In(language)?.Title
        ?? Versions.LastOrDefault(v => v.Date <= version.Date && v.In(language) is not null)?.In(language)!.Title
        ?? version.Source.Title;
}
