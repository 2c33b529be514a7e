using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// Warnings about how a text that is imported states its effective date, at the statement in the file as committed
/// (<c>en/privacy.md@1a2b3c4:4:1</c>): two statements that disagree (LG072), and a statement of a day no calendar
/// has (LG074).
/// </summary>
internal static class StatementDiagnostics
{
    public static void Report(FileState state, DiagnosticBag diagnostics)
    {
        foreach (var impossible in state.Statements.Where(s => s.Date is null))
        {
            diagnostics.Warning(DiagnosticCodes.StatedDateNotACalendarDate, new SourceLocation(state.Label, impossible.Line, impossible.Column),
                $"'{impossible.Text}' names a day no calendar has, so it does not date the text",
                state.Stated is { } taken
                    ? $"the text is dated by '{taken.Statement.Text}' (line {taken.Statement.Line}) instead"
                    : "the text is dated by its commit instead; correct the date in the imported file if it matters");
        }

        if (state.Stated is { Disagreeing: { } attribute } stated)
        {
            diagnostics.Warning(DiagnosticCodes.EffectiveDatesDisagree, new SourceLocation(state.Label, attribute.Line, attribute.Column),
                $"the text states that it takes effect on {DateKey.Of(stated.Date)} ('{stated.Statement.Text}', line {stated.Statement.Line}), "
                + $"but its attribute says {DateKey.Of(attribute.Date!.Value)}; the words are taken, as readers read them",
                "if the attribute is right, correct the words in the imported file and rename it to that date");
        }
    }
}
