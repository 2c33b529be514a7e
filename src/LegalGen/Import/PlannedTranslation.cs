namespace LegalGen.Import;

/// <summary>A translation filed under a binding version: the language's file as it stood when the next binding version began.</summary>
/// <param name="Text">The file's last commit in the version's time: the text written.</param>
/// <param name="LastChange">The commit that last changed what a reader sees of it (line endings and spacing do not translate anything).</param>
/// <param name="TranslationOf">The index of the binding version it translates: this version or an earlier one.</param>
/// <param name="UnmatchedStatement">The effective date the translation states when no binding version up to this one states it.</param>
/// <param name="Commits">The commits of the translation in this version's time that changed what a reader sees.</param>
internal sealed record PlannedTranslation(
    FileState Text, FileState LastChange, int TranslationOf, TranslationOrigin Origin, DateStatement? UnmatchedStatement, IReadOnlyList<FileState> Commits);
