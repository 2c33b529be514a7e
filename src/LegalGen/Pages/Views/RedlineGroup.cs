using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>Consecutive blocks of a passage written together: the items of one list, the rows of one table, or other blocks one after another.</summary>
/// <param name="Html">
/// Every block's <see cref="RedlineBlock.Html"/>, each on its own line: what a template writes unless it wraps or
/// leaves out single blocks — iterating <see cref="Blocks"/> instead makes diff pages of long texts slower to build.
/// </param>
public sealed record RedlineGroup(bool IsList, bool IsTable, IReadOnlyList<RedlineBlock> Blocks, HtmlFragment Html);
