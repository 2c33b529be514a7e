using System.Net;
using System.Text;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// The problems of a failed build as HTML, laid over every page <c>serve</c> sends (the page underneath is
/// the last good build), or as a page of its own while no build has succeeded yet.
/// </summary>
internal static class ProblemsOverlay
{
    public const string Id = "legalgen-problems";

    public static string Render(LiveSiteState state, string contentDirectory)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{Id}\" role=\"alertdialog\" aria-labelledby=\"{Id}-title\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
            .Append("background:rgba(255,255,255,.97);color:#1a1a1a;padding:2rem;font:16px/1.5 system-ui,sans-serif\">\n")
            .Append($"<h2 id=\"{Id}-title\" style=\"color:#b00020;margin-top:0\">The last change could not be built</h2>\n")
            .Append(state.Folder is null
                ? "<p>There is no site to show yet. Fix these problems and save: this page reloads by itself.</p>\n"
                : "<p>Underneath is the last good version of the site. Fix these problems and save: this page reloads by itself.</p>\n");
        if (state.UsageError is not null)
            html.Append("<pre style=\"white-space:pre-wrap\">error: ").Append(WebUtility.HtmlEncode(state.UsageError)).Append("</pre>\n");
        foreach (var diagnostic in state.Problems)
        {
            var text = new StringWriter();
            DiagnosticPrinter.PrintText(diagnostic, contentDirectory, new StyledWriter(text, null));
            html.Append("<pre style=\"white-space:pre-wrap;background:#f6f6f6;padding:.75rem;border-left:4px solid ")
                .Append(diagnostic.IsError ? "#b00020" : "#b58900").Append("\">")
                .Append(WebUtility.HtmlEncode(text.ToString().TrimEnd())).Append("</pre>\n");
        }

        if (state.Folder is not null)
            html.Append("<button type=\"button\" onclick=\"this.parentNode.remove()\">Show the last good version</button>\n");
        return html.Append("</div>\n").ToString();
    }

    /// <summary>A page of its own, for when there is no good build to lay the problems over.</summary>
    public static string Page(LiveSiteState state, string contentDirectory) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Problems — legalgen serve</title>\n</head>\n<body>\n"
        + Render(state, contentDirectory)
        + "</body>\n</html>\n";
}
