using System.Text.RegularExpressions;
using GovOpen.Core.Content;
using GovOpen.Core.Text;

namespace GovOpen.Core.Checks;

/// <summary>What a link in rich text points at.</summary>
public enum LinkKind
{
    /// <summary>A document of this site by its key (Umbraco's <c>{localLink:…}</c> with <c>type="document"</c>, or a <c>umb://document/…</c> UDI).</summary>
    DocumentKey,
    /// <summary>A path on this site (relative, or absolute on one of the site's own hosts).</summary>
    Route,
    /// <summary>A media item (<c>type="media"</c> local link or <c>/media/…</c>): the media gate decides on it.</summary>
    Media,
    /// <summary>Another site.</summary>
    External,
}

/// <summary>One link of a body: where it points and how it is written.</summary>
public sealed record BodyLink(LinkKind Kind, string Target, string Href, string Text, int Start);

/// <summary>Whether a link's target may be linked from a public page.</summary>
public enum LinkTargetState
{
    Public,
    /// <summary>Exists but is not public today (a draft, scheduled, unpublished, 依申请公开 or 不予公开).</summary>
    NotPublic,
    Missing,
}

/// <summary>
/// Reads the links of a body. Umbraco's rich text stores a link to a document as
/// <c>&lt;a type="document" href="/{localLink:GUID}"&gt;</c> (and older values as <c>{localLink:umb://document/…}</c>);
/// <c>HtmlLocalLinkParser</c> in Umbraco.Core reads the same forms (docs/umbraco-contract.md).
/// </summary>
public static partial class BodyLinks
{
    [GeneratedRegex(@"^/?(?:\{|%7B)localLink:(?:umb://(?<entity>document|media)/)?(?<guid>[0-9a-fA-F-]{32,36})(?:\}|%7D)", RegexOptions.IgnoreCase)]
    private static partial Regex LocalLink();

    [GeneratedRegex(@"^umb://(?<entity>document|media)/(?<guid>[0-9a-fA-F]{32})$", RegexOptions.IgnoreCase)]
    private static partial Regex Udi();

    /// <summary>The links of <paramref name="html"/>; <paramref name="ownHosts"/> are the site's host names (links to them are routes).</summary>
    public static IReadOnlyList<BodyLink> Find(string? html, IReadOnlyCollection<string>? ownHosts = null)
    {
        var links = new List<BodyLink>();
        foreach (var a in HtmlText.Anchors(html))
        {
            if (Classify(a, ownHosts) is { } link)
            {
                links.Add(link);
            }
        }
        return links;
    }

    private static BodyLink? Classify(HtmlText.Anchor a, IReadOnlyCollection<string>? ownHosts)
    {
        var href = a.Href.Trim();
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (LocalLink().Match(href) is { Success: true } local && Guid.TryParse(local.Groups["guid"].Value, out var key))
        {
            var media = local.Groups["entity"].Value.Equals("media", StringComparison.OrdinalIgnoreCase) || string.Equals(a.Type, "media", StringComparison.OrdinalIgnoreCase);
            return new BodyLink(media ? LinkKind.Media : LinkKind.DocumentKey, key.ToString("N"), href, a.Text, a.Start);
        }
        if (Udi().Match(href) is { Success: true } udi && Guid.TryParse(udi.Groups["guid"].Value, out var udiKey))
        {
            var media = udi.Groups["entity"].Value.Equals("media", StringComparison.OrdinalIgnoreCase);
            return new BodyLink(media ? LinkKind.Media : LinkKind.DocumentKey, udiKey.ToString("N"), href, a.Text, a.Start);
        }
        string path;
        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            path = href;
        }
        else if (Uri.TryCreate(href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href, UriKind.Absolute, out var abs))
        {
            if (abs.Scheme is not ("http" or "https"))
            {
                return null;
            }
            if (ownHosts is null || !ownHosts.Contains(abs.Host, StringComparer.OrdinalIgnoreCase))
            {
                return new BodyLink(LinkKind.External, abs.ToString(), href, a.Text, a.Start);
            }
            path = abs.PathAndQuery;
        }
        else
        {
            // A relative path without a leading slash cannot be resolved without the page's own route; leave it alone.
            return null;
        }
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }
        path = Uri.UnescapeDataString(path);
        if (path.StartsWith("/media/", StringComparison.OrdinalIgnoreCase))
        {
            return new BodyLink(LinkKind.Media, path, href, a.Text, a.Start);
        }
        return new BodyLink(LinkKind.Route, ContentRoute.Normalize(path), href, a.Text, a.Start);
    }

    /// <summary>
    /// Errors for internal links whose target is not public (or missing): a public page may not lead to them
    /// (公开检查: 链接). External links are not checked here; <c>govopen check --external</c> and the back office check them on demand.
    /// </summary>
    public static IReadOnlyList<Issue> Check(string field, string where, IReadOnlyList<BodyLink> links, Func<BodyLink, LinkTargetState> stateOf, string? whereEn = null)
    {
        whereEn ??= where;
        var issues = new List<Issue>();
        foreach (var link in links.Where(l => l.Kind is LinkKind.DocumentKey or LinkKind.Route))
        {
            var label = link.Text.Length > 0 ? $"“{Short(link.Text)}”" : link.Href;
            switch (stateOf(link))
            {
                case LinkTargetState.NotPublic:
                    issues.Add(Issue.Error(field, "link-not-public", $"{where}中的链接{label}指向未公开的内容（草稿、定时发布、已撤下、依申请公开或不予公开），公开页面不能链接到它", $"{whereEn} links to content that is not public: {link.Href}."));
                    break;
                case LinkTargetState.Missing when link.Kind == LinkKind.DocumentKey:
                    issues.Add(Issue.Error(field, "link-missing", $"{where}中的链接{label}指向已删除的内容", $"{whereEn} links to content that no longer exists: {link.Href}."));
                    break;
                case LinkTargetState.Missing:
                    // A path that is no content may still be a page of the site (search, the request form): say so, do not block.
                    issues.Add(Issue.Warn(field, "link-missing", $"{where}中的链接{label}（{Short(link.Href)}）不是本站内容页面，请确认地址正确", $"{whereEn} links to a path that is no content of the site: {link.Href}."));
                    break;
            }
        }
        return issues;
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
