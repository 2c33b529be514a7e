using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// Answers a request from the last good build: a folder's <c>index.html</c> for a folder, HTML with the
/// live-reload script (and the problems of a failed build laid over it), other files as they are.
/// Nothing outside the build's folder is ever served.
/// </summary>
internal static class SiteFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context, LiveSite site, string contentDirectory)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // The site changes with every save: browsers must always ask again.
        response.Headers.CacheControl = "no-store";
        var state = site.State;
        if (state.Folder is null)
        {
            await SendHtml(context, StatusCodes.Status503ServiceUnavailable, ProblemsOverlay.Page(state, contentDirectory), state, "");
            return;
        }

        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        var file = Resolve(state.Folder, path);
        if (file is null)
        {
            await SendNotFound(context, state, contentDirectory);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                // Relative links inside the page need the trailing slash.
                response.Redirect(path + "/" + request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            await SendNotFound(context, state, contentDirectory);
            return;
        }

        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var overlay = state.HasProblems ? ProblemsOverlay.Render(state, contentDirectory) : "";
            await SendHtml(context, StatusCodes.Status200OK, await File.ReadAllTextAsync(file, context.RequestAborted), state, overlay);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>The file or folder a request path names inside <paramref name="root"/>; null for anything that would leave it.</summary>
    private static string? Resolve(string root, string requestPath)
    {
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains(':'))) return null;
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static Task SendNotFound(HttpContext context, LiveSiteState state, string contentDirectory)
    {
        var overlay = state.HasProblems ? ProblemsOverlay.Render(state, contentDirectory) : "";
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found — legalgen serve</title>\n</head>\n<body>\n"
            + "<p>The site has no page here. <a href=\"/\">Go to the site's entry page.</a></p>\n</body>\n</html>\n";
        return SendHtml(context, StatusCodes.Status404NotFound, page, state, overlay);
    }

    private static async Task SendHtml(HttpContext context, int status, string html, LiveSiteState state, string overlay)
    {
        var bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(html, state.Generation, overlay));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
