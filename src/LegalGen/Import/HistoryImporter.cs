using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Import;

/// <summary>
/// <c>legalgen import</c>: a policy's history in git — one file per language, edited in place — into LegalGen's
/// content layout, one file per version and language. The binding language's history gives the versions
/// (<see cref="BindingVersionPlanner"/>); each other language is filed under them with the version it translates
/// (<see cref="TranslationPlanner"/>). Everything is computed first; then all files are written, or none
/// (<see cref="ImportWriter"/>). Mistakes in how it was called are usage errors naming the input; an edited file in
/// the way and dates the texts state oddly are located diagnostics.
/// </summary>
public static class HistoryImporter
{
    public static ImportResult Import(ImportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return Run(request, diagnostics);
        }
        catch (GitFailure failure)
        {
            return Refused(ImportChecks.GitProblem(failure, request));
        }
        catch (RegexMatchTimeoutException timeout)
        {
            return Refused(TooSlow(timeout));
        }
        catch (AggregateException parallel) when (parallel.Flatten().InnerExceptions.OfType<RegexMatchTimeoutException>().FirstOrDefault() is { } timeout)
        {
            // The texts are read in parallel: a pattern that timed out on one of them arrives wrapped.
            return Refused(TooSlow(timeout));
        }
    }

    private static UsageError TooSlow(RegexMatchTimeoutException timeout) =>
        new($"the date pattern '{timeout.Pattern}' took too long on a text: simplify it (nested repetitions such as (x+x+)+ search without end)",
            UsageInput.DatePattern);

    private static ImportResult Run(ImportRequest request, DiagnosticBag diagnostics)
    {
        if (ImportChecks.RequestProblem(request) is { } problem) return Refused(problem);
        if (ImportChecks.PatternsOf(request, out var patterns) is { } patternProblem) return Refused(patternProblem);
        if (ImportChecks.SettingsProblem(request, diagnostics, out var settings) is { } settingsProblem) return Refused(settingsProblem);
        if (settings is null) return new ImportResult(null, diagnostics.ToSortedList());
        if (ImportChecks.LanguageProblem(request, settings, out var files) is { } languageProblem) return Refused(languageProblem);
        if (!Directory.Exists(request.Repository))
            return Refused(new UsageError($"the repository folder '{request.Repository}' does not exist", UsageInput.Repository));

        var git = GitRepository.Open(request.Repository);
        var tip = git.ResolveCommit(request.Revision ?? "HEAD");
        using var renderer = new MarkdownRenderer(rawHtml: settings.RawHtml);
        var histories = FileHistories.Read(git, tip, files, new EffectiveDateFinder(patterns), new VisibleText(renderer));
        if (files.FirstOrDefault(f => histories[f.Language].Count == 0) is { } missing) return Refused(ImportChecks.NeverInHistory(git, tip, missing, request.Revision));

        var binding = files.First(f => f.Language == settings.DefaultLanguage);
        var skipped = new List<(FileState State, SkipReason Reason, string Language)>();
        var bindingSkipped = new List<(FileState State, SkipReason Reason)>();
        var versions = BindingVersionPlanner.Plan(histories[binding.Language], bindingSkipped, diagnostics);
        if (versions.Count == 0)
        {
            return Refused(new UsageError($"'{binding.Path}' has no readable text in the history (it is not UTF-8 text, or too large, at every commit)",
                UsageInput.ImportedFile));
        }

        skipped.AddRange(bindingSkipped.Select(s => (s.State, s.Reason, binding.Language)));
        var translations = new Dictionary<string, PlannedTranslation?[]>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f != binding))
        {
            var languageSkipped = new List<(FileState State, SkipReason Reason)>();
            translations[file.Language] = TranslationPlanner.Plan(versions, histories[file.Language], languageSkipped, diagnostics);
            skipped.AddRange(languageSkipped.Select(s => (s.State, s.Reason, file.Language)));
        }

        var planned = VersionFilePlanner.Plan(request.Policy, settings.Languages, binding, versions, translations);
        var policyFolder = Path.Combine(request.ContentFolder, request.Policy);
        var record = ImportRecord.Read(policyFolder);
        if (record is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportedFileChanged, SourceLocation.StartOf($"{request.Policy}/{ImportRecord.FileName}"),
                "the record of what earlier imports wrote cannot be read",
                "restore it from version control; or delete it, and the import will leave alone every file that differs from the history");
            return new ImportResult(null, diagnostics.ToSortedList());
        }

        var outcomes = ImportWriter.Decide(policyFolder, request.Policy, planned.Select(p => p.File).ToList(), record, diagnostics);
        if (diagnostics.HasErrors) return new ImportResult(null, diagnostics.ToSortedList());
        var leftAlone = record.FileNames.Where(n => !outcomes.ContainsKey(n)).Select(n => $"{request.Policy}/{n}").ToList();
        if (!request.DryRun)
        {
            try
            {
                ImportWriter.Write(policyFolder, planned.Select(p => p.File).ToList(), outcomes, record);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Refused(new UsageError($"the policy folder '{policyFolder}' could not be written ({e.Message}); nothing was imported",
                    UsageInput.ContentFolder));
            }
        }

        var report = new ImportReport(request.Policy, settings.DefaultLanguage, tip[..7], request.Policy, request.DryRun,
            VersionFilePlanner.Reported(versions, planned, outcomes),
            skipped.OrderBy(s => s.State.Position).ThenBy(s => s.Language, StringComparer.Ordinal)
                .Select(s => new SkippedCommit(s.Language, s.State.Path, ReportedCommit.Of(s.State.Commit), s.Reason)).ToList(),
            histories.SelectMany(h => h.Value.Where(s => s.Deleted).Select(s => (h.Key, s)))
                .OrderBy(d => d.s.Position).Select(d => (d.Key, ReportedCommit.Of(d.s.Commit))).ToList(),
            leftAlone);
        return new ImportResult(report, diagnostics.ToSortedList());
    }

    private static ImportResult Refused(UsageError error) => new(null, [], error);
}
