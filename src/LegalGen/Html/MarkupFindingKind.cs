namespace LegalGen.Html;

/// <summary>What <see cref="MarkupSanitizer"/> did to a piece of markup that an editor should hear of.</summary>
public enum MarkupFindingKind
{
    /// <summary>Something outside <see cref="HtmlAllowList"/> was removed.</summary>
    Removed,

    /// <summary>An image had no <c>alt</c> text; an empty one was given so the page stays valid.</summary>
    ImageWithoutAlt,
}
