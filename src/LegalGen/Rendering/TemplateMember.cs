namespace LegalGen.Rendering;

/// <summary>A member of a page model or view as templates see it: its snake_case name, its .NET type and how to read it.</summary>
/// <param name="Read">The member's value on an instance, with enumerations already turned into words (<see cref="TemplateValues"/>).</param>
internal sealed record TemplateMember(string Name, Type Type, Func<object, object?> Read);
