using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>One change of a redline (consecutive changed blocks), or the unchanged blocks between two changes.</summary>
/// <param name="change">The change's number, from 1 in reading order; null for unchanged blocks.</param>
/// <param name="groups">Makes <see cref="Groups"/>, which most templates never read: only on first use.</param>
/// <param name="html">Writes <see cref="Html"/>.</param>
public sealed class RedlinePassage(int? change, Func<IReadOnlyList<RedlineGroup>> groups, HtmlFragment html)
{
    private IReadOnlyList<RedlineGroup>? _groups;

    /// <summary>The change's number, from 1 in reading order; null for unchanged blocks.</summary>
    public int? Change => change;

    /// <summary>The blocks, grouped so that list items make one list and table rows one table.</summary>
    public IReadOnlyList<RedlineGroup> Groups => _groups ??= groups();

    /// <summary>
    /// Every group as the built-in templates write it — list items inside <c>&lt;ul class="rl-list"&gt;</c>, table rows inside
    /// <c>&lt;table class="rl-table"&gt;</c> (in a <c>&lt;div class="table-scroll" tabindex="0"&gt;</c>), each block on its own line: what a template writes unless it groups or wraps
    /// blocks itself, iterating <see cref="Groups"/>, which makes diff pages of long texts slower to build.
    /// </summary>
    public HtmlFragment Html => html;
}
