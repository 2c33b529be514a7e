using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// Places validated version files into policy histories and checks the rules that span files:
/// one file per version and language, translations of existing versions only, a summary on every
/// version after the first, drafts left out unless asked for, a version announced once (<see cref="AnnouncementRules"/>),
/// no version taking effect once its policy is withdrawn, and which binding version each translation
/// was made from (<see cref="TranslationProvenance"/>).
/// </summary>
internal static class PolicyAssembler
{
    /// <param name="bindingFileExists">Whether a binding-language file exists for a policy and date, read successfully or not.</param>
    public static IReadOnlyList<Policy> Assemble(
        SiteSettings settings, IEnumerable<VersionFile> files, ContentReadOptions options, Func<(string Policy, DateOnly Date), bool> bindingFileExists, DiagnosticBag diagnostics)
    {
        var policies = new List<Policy>();
        foreach (var policyFiles in files.GroupBy(f => f.Policy).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var versions = AssembleVersions(settings, policyFiles.ToList(), options, date => bindingFileExists((policyFiles.Key, date)), diagnostics);
            var withdrawal = settings.WithdrawalOf(policyFiles.Key);
            if (withdrawal is not null) CheckWithdrawal(withdrawal, versions, settings.DefaultLanguage, diagnostics);
            if (versions.Count > 0) policies.Add(new Policy(policyFiles.Key, versions, withdrawal?.Date));
        }

        return policies;
    }

    private static List<PolicyVersion> AssembleVersions(
        SiteSettings settings, List<VersionFile> files, ContentReadOptions options, Func<DateOnly, bool> bindingFileExists, DiagnosticBag diagnostics)
    {
        var includeDrafts = options.IncludeDrafts;
        var source = settings.DefaultLanguage;
        var byVersion = new SortedDictionary<DateOnly, Dictionary<string, VersionFile>>();
        foreach (var file in files.OrderBy(f => f.Translation.SourcePath, StringComparer.Ordinal))
        {
            var translations = byVersion.TryGetValue(file.Date, out var t) ? t : byVersion[file.Date] = new(StringComparer.Ordinal);
            if (translations.TryGetValue(file.Translation.Language, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateVersion, SourceLocation.StartOf(file.Translation.SourcePath),
                    $"a second file for version {DateKey.Of(file.Date)} in '{file.Translation.Language}'",
                    $"keep one of this file and {first.Translation.SourcePath}");
                continue;
            }

            translations.Add(file.Translation.Language, file);
        }

        var firstDate = byVersion.Keys.FirstOrDefault();
        var versions = new List<PolicyVersion>();
        var declaredAt = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var leftOutDrafts = new HashSet<DateOnly>();
        foreach (var (date, translations) in byVersion)
        {
            if (!translations.ContainsKey(source))
            {
                if (bindingFileExists(date)) continue;
                foreach (var orphan in translations.Values)
                {
                    var folder = Path.GetDirectoryName(orphan.Translation.SourcePath)!.Replace('\\', '/');
                    diagnostics.Error(DiagnosticCodes.OrphanTranslation, SourceLocation.StartOf(orphan.Translation.SourcePath),
                        $"this is a translation of version {DateKey.Of(date)}, which does not exist in the binding language '{source}'",
                        $"add {folder}/{DateKey.Of(date)}.{source}.md, or rename this file to the date of an existing version");
                }

                continue;
            }

            foreach (var file in translations.Values.Where(f => options.SummariesRequired && date != firstDate && f.Translation.Summary is null))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, file.SummaryLocation,
                    "the required key 'summary' is missing",
                    "add 'summary: <one line saying what changed in this version>' (only a policy's first version may omit it)");
            }

            AnnouncementRules.Check(date, source, translations, diagnostics);
            if (translations[source].Translation.Draft && !includeDrafts)
            {
                leftOutDrafts.Add(date);
                continue;
            }

            var included = translations.Values
                .Where(f => includeDrafts || !f.Translation.Draft)
                .ToDictionary(f => f.Translation.Language, f => f.Translation, StringComparer.Ordinal);
            foreach (var file in translations.Values)
                if (file.TranslationOfLocation is { } at) declaredAt[file.Translation.SourcePath] = at;
            versions.Add(new PolicyVersion(date, source, included));
        }

        return TranslationProvenance.Resolve(versions, declaredAt, leftOutDrafts, diagnostics);
    }

    /// <summary>A withdrawn policy has no version that takes effect on or after its withdrawal: that would put it back in force.</summary>
    private static void CheckWithdrawal(Withdrawal withdrawal, List<PolicyVersion> versions, string bindingLanguage, DiagnosticBag diagnostics)
    {
        var late = versions.Where(v => v.Date >= withdrawal.Date).ToList();
        if (late.Count == 0) return;
        var file = late[0].In(bindingLanguage)!.SourcePath;
        var others = late.Count > 1 ? $" (and {late.Count - 1} later)" : "";
        diagnostics.Error(DiagnosticCodes.WithdrawalInvalid, withdrawal.DateLocation,
            $"'{withdrawal.Policy}' is withdrawn from {DateKey.Of(withdrawal.Date)}, but its version {file}{others} takes effect on or after that day",
            $"a withdrawn policy has no later versions: move the withdrawal after {late[^1].Key}, or remove '{withdrawal.Policy}' from 'withdrawn' if the policy stays in force");
    }
}
