namespace LegalGen.Pages;

/// <summary>
/// The kinds of page a site has. Each is rendered by its own template; templates see the kind's name as
/// <c>page.kind</c> (<c>index</c>, <c>home</c>, <c>policy</c>, …, <c>not-found</c>).
/// </summary>
public enum PageKind
{
    /// <summary>The site's entry page, listing every language.</summary>
    Index,

    /// <summary>A language's home, listing the policies.</summary>
    Home,

    /// <summary>A policy's version in force, at the policy's own address.</summary>
    Policy,

    /// <summary>One version's permalink.</summary>
    Version,

    /// <summary>A translated version beside the binding text.</summary>
    Parallel,

    /// <summary>A policy's change log.</summary>
    Changes,

    /// <summary>Every pair of a policy's versions that has a diff page.</summary>
    Compare,

    /// <summary>The redline between two versions.</summary>
    Diff,

    /// <summary>The page a host serves for a missing address.</summary>
    NotFound,

    /// <summary>A language's search page: every policy and version in that language.</summary>
    Search,
}
