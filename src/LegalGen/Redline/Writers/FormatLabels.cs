using System.Globalization;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// The words that say what changed in the formatting of a redline's words or blocks (<see cref="FormatChange"/>), in the
/// reader's language: "link changed: {0} → {1}", "heading level {0} → {1}"… <c>{0}</c> and <c>{1}</c> stand for the old
/// and the new value.
/// </summary>
public sealed record FormatLabels
{
    public required string LinkChanged { get; init; }

    public required string LinkAdded { get; init; }

    public required string LinkRemoved { get; init; }

    /// <summary>"emphasis: {0} added", {0} being one of <see cref="Bold"/>, <see cref="Italic"/>, <see cref="Strikethrough"/>, <see cref="Code"/>.</summary>
    public required string EmphasisAdded { get; init; }

    public required string EmphasisRemoved { get; init; }

    public required string Bold { get; init; }

    public required string Italic { get; init; }

    public required string Strikethrough { get; init; }

    public required string Code { get; init; }

    public required string SpaceAdded { get; init; }

    public required string SpaceRemoved { get; init; }

    /// <summary>In a code block, where every space shows.</summary>
    public required string SpacingChanged { get; init; }

    public required string HeadingLevel { get; init; }

    public required string ListLevel { get; init; }

    /// <summary>A paragraph's or quotation's depth in lists.</summary>
    public required string Indentation { get; init; }

    public required string HeaderRowAdded { get; init; }

    public required string HeaderRowRemoved { get; init; }

    public required string ListToNumbers { get; init; }

    public required string ListToBullets { get; init; }

    public required string ListNumbering { get; init; }

    public static readonly FormatLabels English = new()
    {
        LinkChanged = "link changed: {0} → {1}",
        LinkAdded = "link added: {0}",
        LinkRemoved = "link removed: {0}",
        EmphasisAdded = "emphasis: {0} added",
        EmphasisRemoved = "emphasis: {0} removed",
        Bold = "bold",
        Italic = "italics",
        Strikethrough = "strike-through",
        Code = "code style",
        SpaceAdded = "space added",
        SpaceRemoved = "space removed",
        SpacingChanged = "spacing changed",
        HeadingLevel = "heading level {0} → {1}",
        ListLevel = "list level {0} → {1}",
        Indentation = "indentation level {0} → {1}",
        HeaderRowAdded = "table row → header row",
        HeaderRowRemoved = "header row → table row",
        ListToNumbers = "list: bullets → numbers",
        ListToBullets = "list: numbers → bullets",
        ListNumbering = "list numbering: {0} → {1}",
    };

    /// <summary>The change in words: "link changed: https://a.example/ → https://b.example/".</summary>
    public string Describe(FormatChange change) => change switch
    {
        LinkChange { Old: null } link => Fill(LinkAdded, link.New!),
        LinkChange { New: null } link => Fill(LinkRemoved, link.Old),
        LinkChange link => Fill(LinkChanged, link.Old, link.New),
        EmphasisChange emphasis => Fill(emphasis.Added ? EmphasisAdded : EmphasisRemoved, StyleName(emphasis.Style)),
        SpacingChange spacing when spacing.Old.Length > 0 && spacing.New.Length > 0 => SpacingChanged,
        SpacingChange spacing => spacing.New.Length > 0 ? SpaceAdded : SpaceRemoved,
        LevelChange { Kind: BlockKind.TableRow } row => row.New == 1 ? HeaderRowAdded : HeaderRowRemoved,
        LevelChange level => Fill(level.Kind switch
        {
            BlockKind.Heading => HeadingLevel,
            BlockKind.ListItem => ListLevel,
            _ => Indentation,
        }, Number(level.Old), Number(level.New)),
        ListNumberingChange { Old: "•" } => ListToNumbers,
        ListNumberingChange { New: "•" } => ListToBullets,
        ListNumberingChange numbering => Fill(ListNumbering, numbering.Old, numbering.New),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "a kind of formatting change without words for it"),
    };

    /// <summary>Several changes of one place, one after the other.</summary>
    public string Describe(IReadOnlyList<FormatChange> changes) => string.Join("; ", changes.Select(Describe));

    private string StyleName(InlineStyle style) => style switch
    {
        InlineStyle.Strong => Bold,
        InlineStyle.Emphasis => Italic,
        InlineStyle.Strike => Strikethrough,
        _ => Code,
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Puts the values in for {0} and {1}, as the interface strings do.</summary>
    private static string Fill(string pattern, string? first, string? second = null) =>
        pattern.Replace("{0}", first ?? "", StringComparison.Ordinal).Replace("{1}", second ?? "", StringComparison.Ordinal);
}
