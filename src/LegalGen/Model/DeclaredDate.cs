using LegalGen.Diagnostics;

namespace LegalGen.Model;

/// <summary>A date written in a content file, with where it is written, for the rules that point back at it.</summary>
public readonly record struct DeclaredDate(DateOnly Date, SourceLocation Location)
{
    /// <summary>The invariant date string, as written in files and URLs.</summary>
    public string Key => DateKey.Of(Date);
}
