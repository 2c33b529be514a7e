using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// Which binding version each translation of a policy was made from. A translation names it with
/// <c>translation_of:</c> (checked here: only translations, never a later date, only a version the policy has in the
/// binding language); without it, a translation whose wording is its previous version's word for word while the
/// binding text changed in between is taken as a translation of what that previous one translated, with a warning —
/// the case of a repository where translations are committed weeks after the binding text.
/// </summary>
internal static class TranslationProvenance
{
    /// <param name="versions">The policy's versions in the build, oldest first.</param>
    /// <param name="declaredAt">Where each file that declares <c>translation_of:</c> writes its date, by source path.</param>
    /// <param name="leftOutDrafts">Dates of binding versions left out of the build as drafts, for a clearer message.</param>
    /// <returns>The versions with each translation's <see cref="Translation.TranslationOf"/> resolved.</returns>
    public static List<PolicyVersion> Resolve(
        IReadOnlyList<PolicyVersion> versions, IReadOnlyDictionary<string, SourceLocation> declaredAt, IReadOnlySet<DateOnly> leftOutDrafts, DiagnosticBag diagnostics)
    {
        var resolved = new List<PolicyVersion>(versions.Count);
        var latest = new Dictionary<string, (PolicyVersion Version, Translation Text)>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            var translations = new Dictionary<string, Translation>(StringComparer.Ordinal);
            foreach (var translation in version.Translations.Values.OrderBy(t => t.Language, StringComparer.Ordinal))
            {
                var previous = latest.TryGetValue(translation.Language, out var p) ? p : default;
                var checkedText = translation.TranslationOf is { } declared
                    ? Declared(translation, declared, declaredAt[translation.SourcePath], version, versions, leftOutDrafts, diagnostics)
                    : translation.Language == version.SourceLanguage || previous.Text is null ? translation
                    : Found(translation, version, previous.Version, previous.Text, resolved, diagnostics);
                translations.Add(translation.Language, checkedText);
                latest[translation.Language] = (version, checkedText);
            }

            resolved.Add(version with { Translations = translations });
        }

        return resolved;
    }

    /// <summary>A declared <c>translation_of:</c>, checked; its own date is the same as none.</summary>
    private static Translation Declared(
        Translation translation, DateOnly declared, SourceLocation at, PolicyVersion version, IReadOnlyList<PolicyVersion> versions,
        IReadOnlySet<DateOnly> leftOutDrafts, DiagnosticBag diagnostics)
    {
        var binding = BindingFile(translation, version.SourceLanguage, version.Date);
        if (translation.Language == version.SourceLanguage)
        {
            diagnostics.Error(DiagnosticCodes.TranslationOfOnBindingText, at,
                $"'translation_of' is for translations; this file is the binding text ('{version.SourceLanguage}'), which translations are made from",
                "remove the 'translation_of:' line");
            return translation with { TranslationOf = null };
        }

        if (declared > version.Date)
        {
            diagnostics.Error(DiagnosticCodes.TranslationOfAfterVersion, at,
                $"'translation_of: {DateKey.Of(declared)}' is after this version's own date ({version.Key}): a text cannot translate a version that came later",
                $"write the date of the binding version this text was translated from, {version.Key} or earlier; without the line, it translates {binding}");
            return translation with { TranslationOf = null };
        }

        if (declared == version.Date) return translation with { TranslationOf = null };
        if (versions.Any(v => v.Date == declared)) return translation;

        var earlier = versions.LastOrDefault(v => v.Date < declared);
        var message = leftOutDrafts.Contains(declared)
            ? $"'translation_of: {DateKey.Of(declared)}' names a draft ({BindingFile(translation, version.SourceLanguage, declared)}), which is not published"
            : $"'translation_of: {DateKey.Of(declared)}' is not a version of this policy: there is no {BindingFile(translation, version.SourceLanguage, declared)}";
        var hint = earlier is not null
            ? $"the nearest earlier version is {earlier.Key}: write 'translation_of: {earlier.Key}' if this text was translated from it"
            : $"the policy's first version is {versions[0].Key}; write the date of the binding version this text was translated from";
        diagnostics.Error(DiagnosticCodes.TranslationOfUnknownVersion, at, message, hint);
        return translation with { TranslationOf = null };
    }

    /// <summary>
    /// An undeclared translation whose wording is its previous version's: when the binding text of what that one
    /// translated differs from this version's, it is taken as a translation of the same, with a warning.
    /// </summary>
    private static Translation Found(
        Translation translation, PolicyVersion version, PolicyVersion previousVersion, Translation previous, List<PolicyVersion> resolved, DiagnosticBag diagnostics)
    {
        if (!translation.ReadsAs(previous)) return translation;
        var basisDate = previous.TranslationOf ?? previousVersion.Date;
        var basis = resolved.Find(v => v.Date == basisDate);
        if (basis is null || basis.Source.ReadsAs(version.Source)) return translation;

        diagnostics.Warning(DiagnosticCodes.TranslationUnchanged, new SourceLocation(translation.SourcePath, FirstTextLine(translation), 1),
            $"this translation reads word for word as {previous.SourcePath}, while the binding text changed since ({basis.Source.SourcePath} → {version.Source.SourcePath}): "
            + $"it is published as a translation of the version of {DateKey.Of(basisDate)}, and its pages say so",
            $"translate the changes of {version.Source.SourcePath} into this file, or add 'translation_of: {DateKey.Of(basisDate)}' to its front matter to record that it was not updated");
        return translation with { TranslationOf = basisDate };
    }

    /// <summary>The file line of the text's first words (after any empty lines), where the warning points.</summary>
    private static int FirstTextLine(Translation translation)
    {
        var lines = translation.Body.Split('\n');
        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
        return translation.BodyStartLine + Math.Max(first, 0);
    }

    private static string BindingFile(Translation translation, string bindingLanguage, DateOnly date)
    {
        var folder = translation.SourcePath[..(translation.SourcePath.LastIndexOf('/') + 1)];
        return $"{folder}{DateKey.Of(date)}.{bindingLanguage}.md";
    }
}
