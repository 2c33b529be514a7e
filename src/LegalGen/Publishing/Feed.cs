namespace LegalGen.Publishing;

/// <summary>An Atom feed of versions in one language: one policy's, or every policy's.</summary>
public sealed record Feed(string Id, string Language, string Title, string SelfUrl, string AlternateUrl, string Author, IReadOnlyList<FeedEntry> Entries);
