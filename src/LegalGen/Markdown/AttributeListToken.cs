namespace LegalGen.Markdown;

/// <summary>
/// One entry of a kramdown attribute list: <c>#id</c> (<paramref name="Name"/> "id"), <c>.class</c> ("class"),
/// <c>key="value"</c>, or a bare name (a reference to an attribute list definition, <paramref name="Value"/> null).
/// </summary>
/// <param name="Name">The attribute's name: "id", "class", the key, or the bare name.</param>
/// <param name="Value">Its value; null for a bare name.</param>
/// <param name="Written">The entry as written, to point at it.</param>
internal sealed record AttributeListToken(string Name, string? Value, string Written);
