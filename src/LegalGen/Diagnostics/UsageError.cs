namespace LegalGen.Diagnostics;

/// <summary>
/// A mistake in how LegalGen was called, not in the content: an unsafe output folder, a base URL with a query,
/// a version that does not exist. The message speaks of the things themselves ("the output folder '_site'…");
/// <paramref name="Inputs"/> say which inputs to change, for the caller to name in its own terms (a flag).
/// </summary>
/// <param name="Example">A value that would do, e.g. <c>_site</c> for the output folder; null when none fits.</param>
public sealed record UsageError(string Message, IReadOnlyList<UsageInput> Inputs, string? Example = null)
{
    public UsageError(string message, UsageInput input, string? example = null)
        : this(message, [input], example)
    {
    }
}
