using System.Text.RegularExpressions;
using GovOpen.Core.Documents;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Content;

/// <summary>
/// Recognises references — an id, a 文号, a title, a link to a route — that point at a document of the loaded
/// content the public may not see on the day. <see cref="PublicContent"/> uses it to take such references out of
/// every public record, so no surface (page, list, feed, search) can name a withheld document through another one.
/// A reference to something outside the loaded content (a national 文号, an external link) is left alone.
/// </summary>
public sealed partial class WithheldReferences
{
    private readonly HashSet<string> _withheldIds;
    private readonly HashSet<string> _withheldNumbers;
    private readonly HashSet<string> _withheldTitles;
    private readonly HashSet<string> _withheldRoutes;

    internal WithheldReferences(ContentSet source, IReadOnlyDictionary<string, ContentItem> visible)
    {
        _withheldIds = source.Items.Where(i => !visible.ContainsKey(i.Id)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var publicPolicies = source.Policies.Values.Where(p => visible.ContainsKey(p.Id)).ToList();
        var hiddenPolicies = source.Policies.Values.Where(p => !visible.ContainsKey(p.Id)).ToList();
        var publicNumbers = publicPolicies.Select(p => p.ParsedNumber?.CanonicalKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var publicTitles = publicPolicies.Select(p => Normalize(p.Title)).ToHashSet(StringComparer.Ordinal);
        // A 文号 or title shared with a public document names that one, so it stays.
        _withheldNumbers = hiddenPolicies.Select(p => p.ParsedNumber?.CanonicalKey).OfType<string>().Where(n => !publicNumbers.Contains(n)).ToHashSet(StringComparer.Ordinal);
        _withheldTitles = hiddenPolicies.Select(p => Normalize(p.Title)).Where(t => t.Length > 0 && !publicTitles.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var publicRoutes = visible.Values.Select(i => RouteKey(i.Route?.Path)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        _withheldRoutes = source.Items.Where(i => !visible.ContainsKey(i.Id)).Select(i => RouteKey(i.Route?.Path)).OfType<string>()
            .Where(r => !publicRoutes.Contains(r)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What a link to a withheld document is replaced by: it says a document is referred to, and nothing of it.</summary>
    public const string Placeholder = "（相关文件）";

    /// <summary>The reference that replaces one to a withheld document: it says a document decided, and nothing of it.</summary>
    public static readonly DocumentRef Anonymous = new(Title: Placeholder);

    /// <summary>Whether a 文号 (any written form) identifies a withheld document of the loaded content.</summary>
    public bool IsWithheldNumber(string? documentNumber) =>
        DocumentNumber.TryParse(documentNumber, out var n) && _withheldNumbers.Contains(n!.CanonicalKey);

    /// <summary>Whether a reference names a withheld document by id, 文号 or title.</summary>
    public bool IsWithheld(DocumentRef? r) => r is not null && (
        (r.Id is { } id && _withheldIds.Contains(id))
        || IsWithheldNumber(r.DocumentNumber)
        || (r.Title is { } t && _withheldTitles.Contains(Normalize(t))));

    /// <summary>Whether a link (relative or absolute URL) goes to the route of a withheld item.</summary>
    public bool IsWithheldLink(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }
        var path = href.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            path = abs.AbsolutePath;
        }
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }
        return RouteKey(Uri.UnescapeDataString(path)) is { } key && _withheldRoutes.Contains(key);
    }

    /// <summary>
    /// Rich text with each link to a withheld item replaced by <see cref="Placeholder"/> (a link's text is usually the
    /// document's title, so it goes too). Text the agency published as written — a 文号 named in a public document's
    /// body — is left as it is: that is the public document's own wording, not a reference the site adds.
    /// </summary>
    public string CleanHtml(string html)
    {
        if (string.IsNullOrEmpty(html) || _withheldRoutes.Count == 0 || !html.Contains("<a", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }
        return Text.HtmlText.ReplaceAnchors(html, a => IsWithheldLink(a.Href) ? Placeholder : null);
    }

    private static string? RouteKey(string? path) => string.IsNullOrWhiteSpace(path) ? null : ContentRoute.Normalize(path);

    private static string Normalize(string title) => WhiteSpace().Replace(title, "").Trim('《', '》');

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
