using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Content;

/// <summary>
/// Media a content item points at: attachments, 图解 images, a video, and links or images in rich text. A media
/// reference is local when it names a file of the site's media store — <c>media/…</c> in a content package,
/// <c>/media/…</c> as Umbraco's media URLs are written — and each local reference has one key, so the public media
/// gate can ask "does a public item reference this file?".
/// </summary>
public static partial class MediaReferences
{
    /// <summary>The key of a local media reference (<c>media/2024/fj1.pdf</c>), or null for anything else.</summary>
    public static string? KeyOf(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        // Most strings of an item (bodies, titles) are no reference: only one that starts with a media path, or has an
        // escape that may spell one, can be. Said before anything is copied (a body with a '#' was cut into a new string).
        var trimmed = reference.AsSpan().Trim();
        if (!trimmed.TrimStart('/').StartsWith("media/", StringComparison.OrdinalIgnoreCase) && !trimmed.Contains('%'))
        {
            return null;
        }
        var r = reference.Trim();
        var cut = r.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            r = r[..cut];
        }
        // Without the query and fragment: an escaped path is decoded from its start only (one too long to reach media/
        // in 96 characters is none).
        if (!(r.Contains('%') ? Uri.UnescapeDataString(r.Length > 96 ? r[..96] : r) : r).AsSpan().TrimStart('/').StartsWith("media/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (r.Contains("://", StringComparison.Ordinal) || r.StartsWith("//", StringComparison.Ordinal) || r.Contains('\\') || r.Contains('\0'))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(r).TrimStart('/');
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (!decoded.StartsWith("media/", StringComparison.OrdinalIgnoreCase) || decoded.Length == "media/".Length)
        {
            return null;
        }
        var segments = decoded.Split('/');
        return segments.Any(s => s is "" or "." or "..") ? null : "media/" + string.Join('/', segments.Skip(1));
    }

    /// <summary>
    /// The address a page may link to for a media reference: <c>/media/…</c> for a local file, the URL itself for an
    /// http(s) address, and null for anything else (<c>javascript:</c>, <c>data:</c>, a malformed value).
    /// </summary>
    public static string? Href(string? reference)
    {
        if (KeyOf(reference) is { } key)
        {
            return "/" + key;
        }
        return Uri.TryCreate(reference?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : null;
    }

    /// <summary>"media/" in any case, searched for in every body (vectorized, unlike an ignore-case Contains on Chinese text).</summary>
    private static readonly System.Buffers.SearchValues<string> MediaPath = System.Buffers.SearchValues.Create(["media/"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every local media key the items reference, in any property (attachments, images, video, rich text).</summary>
    public static IReadOnlySet<string> Of(IEnumerable<ContentItem> items)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Collect(item.Properties, keys);
        }
        return keys;
    }

    private static void Collect(JsonNode? node, HashSet<string> keys)
    {
        switch (node)
        {
            case JsonValue v when v.TryGetValue<string>(out var text):
                if (KeyOf(text) is { } key)
                {
                    keys.Add(key); // a url/src property, or a bare reference
                }
                else if (text.AsSpan().ContainsAny(MediaPath))
                {
                    foreach (Match m in HtmlUrl().Matches(text))
                    {
                        if (KeyOf(System.Net.WebUtility.HtmlDecode(m.Groups["u"].Value)) is { } k)
                        {
                            keys.Add(k);
                        }
                    }
                }
                break;
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, keys);
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, keys);
                }
                break;
        }
    }

    [GeneratedRegex(@"\b(?:href|src|poster)\s*=\s*(?:""(?<u>[^""]*)""|'(?<u>[^']*)'|(?<u>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlUrl();
}
