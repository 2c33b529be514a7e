using LegalGen.Localization;
using LegalGen.Redline.Writers;

namespace LegalGen.Pages.Planning;

/// <summary>
/// The words a redline's blocks carry, from the interface strings of the reader's language: for diff pages, and for the
/// comparisons a reader's browser makes from the strings its page carries (<see cref="Comparison.ComparisonStrings"/>).
/// </summary>
public static class RedlineStrings
{
    /// <summary>The keys of the strings <see cref="Labels"/> reads.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "diff_deleted_label",
        "diff_inserted_label",
        "diff_moved_away_label",
        "diff_moved_here_label",
        "diff_moved_to",
        "diff_moved_from",
        "diff_format_link_changed",
        "diff_format_link_added",
        "diff_format_link_removed",
        "diff_format_emphasis_added",
        "diff_format_emphasis_removed",
        "diff_format_bold",
        "diff_format_italic",
        "diff_format_strikethrough",
        "diff_format_code",
        "diff_format_space_added",
        "diff_format_space_removed",
        "diff_format_spacing_changed",
        "diff_format_heading_level",
        "diff_format_list_level",
        "diff_format_indentation",
        "diff_format_header_row_added",
        "diff_format_header_row_removed",
        "diff_format_list_to_numbers",
        "diff_format_list_to_bullets",
        "diff_format_list_numbering",
    ];

    public static RedlineLabels Labels(InterfaceStrings ui) => new(
        ui.Text("diff_deleted_label"),
        ui.Text("diff_inserted_label"),
        ui.Text("diff_moved_away_label"),
        ui.Text("diff_moved_here_label"),
        n => ui.Text("diff_moved_to", n),
        n => ui.Text("diff_moved_from", n))
    {
        Formatting = new FormatLabels
        {
            LinkChanged = ui.Text("diff_format_link_changed"),
            LinkAdded = ui.Text("diff_format_link_added"),
            LinkRemoved = ui.Text("diff_format_link_removed"),
            EmphasisAdded = ui.Text("diff_format_emphasis_added"),
            EmphasisRemoved = ui.Text("diff_format_emphasis_removed"),
            Bold = ui.Text("diff_format_bold"),
            Italic = ui.Text("diff_format_italic"),
            Strikethrough = ui.Text("diff_format_strikethrough"),
            Code = ui.Text("diff_format_code"),
            SpaceAdded = ui.Text("diff_format_space_added"),
            SpaceRemoved = ui.Text("diff_format_space_removed"),
            SpacingChanged = ui.Text("diff_format_spacing_changed"),
            HeadingLevel = ui.Text("diff_format_heading_level"),
            ListLevel = ui.Text("diff_format_list_level"),
            Indentation = ui.Text("diff_format_indentation"),
            HeaderRowAdded = ui.Text("diff_format_header_row_added"),
            HeaderRowRemoved = ui.Text("diff_format_header_row_removed"),
            ListToNumbers = ui.Text("diff_format_list_to_numbers"),
            ListToBullets = ui.Text("diff_format_list_to_bullets"),
            ListNumbering = ui.Text("diff_format_list_numbering"),
        },
    };
}
