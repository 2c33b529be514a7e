using System.Text;
using LegalGen.Html;
using LegalGen.Localization;
using LegalGen.Pages.Views;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;

namespace LegalGen.Pages.Comparison;

/// <summary>
/// What a comparison made in the reader's browser shows around the redline's blocks — the counts and legend of a diff
/// page's summary (<c>diff.sbn</c>), and the inline view's changes, navigation and folded passages (<c>_redline.sbn</c>,
/// <c>_redline_nav.sbn</c>) — in the same elements and classes as the built-in templates write them, so the stylesheet
/// and a reader's habits apply. The blocks themselves are the diff pages' own (<see cref="Planning.RedlineViews"/>).
/// </summary>
internal static class ComparisonMarkup
{
    /// <summary>The counts and the legend, or the note that both versions read the same.</summary>
    /// <param name="countUnit">What the word counts count in the compared texts (<see cref="CountedUnits"/>).</param>
    public static string Summary(RedlineStatistics stats, InterfaceStrings ui, string countUnit = CountedUnits.Words)
    {
        var html = new StringBuilder();
        if (!stats.HasChanges)
        {
            html.Append("<p class=\"diff-none\">").AppendEscaped(ui.Text("diff_no_change")).Append("</p>\n");
            return html.ToString();
        }

        html.Append("<p class=\"diff-counts\"><span>").AppendEscaped(ui.PluralText("diff_changes_count", stats.Changes)).Append("</span>")
            .Append(" · <span class=\"count-ins\">").AppendEscaped(ui.PluralText(countUnit + "_inserted", stats.WordsInserted)).Append("</span>")
            .Append(" · <span class=\"count-del\">").AppendEscaped(ui.PluralText(countUnit + "_deleted", stats.WordsDeleted)).Append("</span>");
        if (stats.BlocksMoved > 0) html.Append(" · <span class=\"count-moved\">").AppendEscaped(ui.PluralText("blocks_moved", stats.BlocksMoved)).Append("</span>");
        if (stats.FormattingChanges > 0) html.Append(" · <span class=\"count-format\">").AppendEscaped(ui.PluralText("diff_formatting_changes", stats.FormattingChanges)).Append("</span>");
        html.Append("</p>\n");

        html.Append("<p class=\"legend\">").AppendEscaped(ui.Text("diff_legend")).Append(": <del>").AppendEscaped(ui.Text("legend_deleted"))
            .Append("</del> <ins>").AppendEscaped(ui.Text("legend_inserted")).Append("</ins>");
        if (stats.BlocksMoved > 0) html.Append(" <span class=\"rl-moved-text\">").AppendEscaped(ui.Text("legend_moved")).Append("</span>");
        if (stats.FormattingChanges > 0) html.Append(" <span class=\"rl-format\">").AppendEscaped(ui.Text("legend_formatting")).Append("</span>");
        html.Append("</p>\n");
        return html.ToString();
    }

    /// <summary>The inline redline: each change numbered with links to its neighbours, long unchanged stretches folded.</summary>
    public static string Redline(RedlineView view, InterfaceStrings ui)
    {
        var html = new StringBuilder("<div class=\"redline\">\n");
        foreach (var stretch in view.Stretches)
        {
            if (stretch.IsFolded) html.Append("<details class=\"rl-fold\"><summary>").AppendEscaped(ui.PluralText("diff_folded", stretch.Blocks)).Append("</summary>\n");
            foreach (var passage in stretch.Passages)
            {
                if (passage.Change is { } change)
                {
                    html.Append("<div class=\"rl-hunk\" id=\"").Append(RedlineBlockHtml.ChangeIdPrefix).Append(change).Append("\">\n");
                    Navigation(html, change, view.Changes, ui);
                }

                passage.Html.WriteTo(html);
                if (passage.Change is not null) html.Append("</div>\n");
            }

            if (stretch.IsFolded) html.Append("</details>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    /// <summary>The links to the previous and next change, with "Change N of M" for screen readers and sighted readers alike.</summary>
    private static void Navigation(StringBuilder html, int change, int total, InterfaceStrings ui)
    {
        var prefix = RedlineBlockHtml.ChangeIdPrefix;
        html.Append("<p class=\"rl-nav\">");
        if (change > 1)
        {
            var previous = ui.Text("diff_previous_change");
            html.Append("<a href=\"#").Append(prefix).Append(change - 1).Append("\" rel=\"prev\" title=\"").AppendEscaped(previous)
                .Append("\"><span aria-hidden=\"true\">↑</span><span class=\"visually-hidden\">").AppendEscaped(previous).Append("</span></a>");
        }

        html.Append("<span class=\"rl-nav-count\">").AppendEscaped(ui.Text("diff_change_of", change, total)).Append("</span>");
        if (change < total)
        {
            var next = ui.Text("diff_next_change");
            html.Append("<a href=\"#").Append(prefix).Append(change + 1).Append("\" rel=\"next\" title=\"").AppendEscaped(next)
                .Append("\"><span aria-hidden=\"true\">↓</span><span class=\"visually-hidden\">").AppendEscaped(next).Append("</span></a>");
        }

        html.Append("</p>\n");
    }
}
