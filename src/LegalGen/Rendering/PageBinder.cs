using LegalGen.Pages.Models;
using Scriban.Runtime;

namespace LegalGen.Rendering;

/// <summary>
/// Turns a typed page into its template's variables: each member of the page model (<c>page</c>, and its kind's
/// own: <c>policy</c>, <c>version</c>, <c>diff</c>…), read as <see cref="TemplateMembers"/> says, all read-only.
/// </summary>
internal static class PageBinder
{
    public static ScriptObject Bind(PageModel page)
    {
        var variables = new ScriptObject();
        foreach (var member in TemplateMembers.Of(page.GetType())) variables.SetValue(member.Name, member.Read(page), readOnly: true);
        return variables;
    }
}
