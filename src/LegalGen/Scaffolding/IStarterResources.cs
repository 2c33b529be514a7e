namespace LegalGen.Scaffolding;

/// <summary>The starter's files that the program carries (the workflow, the README, the hook…), by their path in the new repository.</summary>
public interface IStarterResources
{
    /// <summary>The text of a file of the starter; a missing one is a fault of the program, not of its user.</summary>
    string Text(string path);

    /// <summary>The example policy's text in <paramref name="language"/>, or null when the starter has none in it.</summary>
    string? Example(string language);
}
