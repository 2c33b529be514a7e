namespace LegalGen.Content;

/// <summary>
/// The address a site is published at (<c>base_url</c>, <c>--base-url</c>): every absolute link of the feeds,
/// the sitemap and canonical links starts with it, so it must be an absolute http(s) address and nothing more —
/// no query, no fragment (both would end up in the middle of every link) and no user name or password
/// (which would be published on every page).
/// </summary>
public static class BaseAddress
{
    /// <summary>The address with a trailing slash, or null with what is wrong in <paramref name="problem"/>.</summary>
    public static Uri? Parse(string text, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.IsFile)
            problem = $"'{text}' is not an absolute http(s) address";
        else if (uri.UserInfo.Length > 0)
            problem = $"'{text}' contains a user name or password, which would be published in every link";
        else if (uri.Query.Length > 0 || text.Contains('?'))
            problem = $"'{text}' has a query ('?…'), which would end up in the middle of every link";
        else if (uri.Fragment.Length > 0 || text.Contains('#'))
            problem = $"'{text}' has a fragment ('#…'), which would end up in the middle of every link";
        if (problem is not null) return null;
        return text.EndsWith('/') ? uri : new Uri(text + "/");
    }
}
