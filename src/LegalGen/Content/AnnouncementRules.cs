using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// The rules of <c>published:</c>, the day a version was announced, that span a version's files: it is the version's,
/// declared once in the binding text (a translation may repeat the same date, as a copied front matter does, but not
/// another), and it normally comes on or before the effective date — a later one is kept, as it may be the truth, with a
/// warning in case it is a typing mistake.
/// </summary>
internal static class AnnouncementRules
{
    public static void Check(DateOnly date, string bindingLanguage, IReadOnlyDictionary<string, VersionFile> files, DiagnosticBag diagnostics)
    {
        var binding = files[bindingLanguage].Translation;
        if (binding.Published is { } published && published.Date > date)
        {
            diagnostics.Warning(DiagnosticCodes.PublishedAfterEffect, published.Location,
                $"'published: {published.Key}' is after the day this version takes effect ({DateKey.Of(date)}): it says the version was announced after it applied",
                $"if the date is mistyped, correct it; if the version really was announced late, keep it, and pages will say so");
        }

        foreach (var file in files.Values.Where(f => f.Translation.Language != bindingLanguage).OrderBy(f => f.Translation.SourcePath, StringComparer.Ordinal))
        {
            if (file.Translation.Published is not { } own || binding.Published?.Date == own.Date) continue;
            diagnostics.Error(DiagnosticCodes.PublishedInTranslation, own.Location,
                binding.Published is { } declared
                    ? $"'published: {own.Key}' differs from the binding text's 'published: {declared.Key}' in {binding.SourcePath}"
                    : $"'published:' belongs to the binding text, and {binding.SourcePath} does not declare it",
                $"a version is announced once, for every language: write 'published:' in {binding.SourcePath} and remove it here");
        }
    }
}
