using LegalGen.Diagnostics;
using LegalGen.Output;

namespace LegalGen.Build;

/// <summary>
/// What a build leaves in the output folder's marker (<see cref="SiteWriter.MarkerFile"/>) for the next one: the
/// fingerprint of its inputs (<see cref="InputFingerprint"/>), what it built, and its diagnostics. A build whose inputs
/// have the fingerprint recorded there has nothing to do: the site is as it would write it, and the recorded
/// diagnostics are those it would find. The marker's first line stays the sentence that tells people what the folder
/// is; the record follows as JSON (<c>BuildRecord.Json.cs</c>).
/// </summary>
/// <param name="Inputs">The inputs' fingerprint; null when the build did not take one (<c>serve</c>), which never matches.</param>
public sealed partial record BuildRecord(
    string? Inputs,
    int Policies,
    int Versions,
    int Languages,
    int Pages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The largest marker read: a record with every diagnostic of a large site is far smaller.</summary>
    private const long MaxMarkerBytes = 64L * 1024 * 1024;

    /// <summary>The record of the site in <paramref name="outputDirectory"/>, with the time it was written; null when there is none or it cannot be read.</summary>
    /// <remarks>A marker from an older LegalGen (one sentence), a damaged one, one LegalGen did not write: all null, so the site is built.</remarks>
    public static (BuildRecord Record, DateTime WrittenUtc)? Read(string outputDirectory)
    {
        var marker = Path.Combine(outputDirectory, SiteWriter.MarkerFile);
        try
        {
            var info = new FileInfo(marker);
            if (!info.Exists || info.Length > MaxMarkerBytes) return null;
            return FromMarker(File.ReadAllBytes(marker)) is { } record ? (record, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when a build with <paramref name="inputs"/> would write this site again.</summary>
    public bool IsFor(string? inputs) => Inputs is not null && inputs is not null && Inputs == inputs;

    /// <summary>The marker's text: the sentence for people, then the record.</summary>
    /// <remarks>A record that cannot be written as JSON (a message with text that is not Unicode) is left out: the next build runs.</remarks>
    public string ToMarkerText()
    {
        try
        {
            return SiteWriter.MarkerSentence + "\n" + ToJson();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return SiteWriter.MarkerSentence + "\n";
        }
    }
}
