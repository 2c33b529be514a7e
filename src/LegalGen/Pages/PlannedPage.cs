using Scriban.Runtime;

namespace LegalGen.Pages;

/// <summary>A page to render: where it goes, which template, in which language, with which data.</summary>
public sealed record PlannedPage(string Path, string Template, string Language, ScriptObject Data)
{
    /// <summary>The page's frame: its language links, canonical address and feeds.</summary>
    public Views.PageInfo Info => (Views.PageInfo)Data["page"]!;
}
