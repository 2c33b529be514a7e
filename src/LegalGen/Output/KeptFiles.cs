namespace LegalGen.Output;

/// <summary>Files that hosts read from a site's root and that users add by hand; every build keeps them without being told.</summary>
public static class KeptFiles
{
    /// <summary>GitHub Pages' custom domain (<c>CNAME</c>) and its switch that turns Jekyll off (<c>.nojekyll</c>).</summary>
    public static readonly IReadOnlyList<string> Always = ["CNAME", ".nojekyll"];
}
