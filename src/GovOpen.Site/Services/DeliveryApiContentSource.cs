using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Site.Services;

/// <summary>
/// Reads every item below the start item from an Umbraco Delivery API v2
/// (<c>GET /umbraco/delivery/api/v2/content?fetch=descendants:/&amp;skip=&amp;take=</c>), page by page.
/// Items keep their Delivery API shape; parents are derived from routes.
/// </summary>
public sealed class DeliveryApiContentSource(HttpClient http, DeliveryApiOptions options) : IContentSource
{
    public const int PageSize = 100;
    public const int MaxItems = 100_000;

    public string Description => $"Umbraco Delivery API {options.BaseUrl}";

    public async Task<(ContentSet, Func<string, string?>)> LoadAsync(CancellationToken ct)
    {
        var items = new List<ContentItem>();
        var skip = 0;
        int total;
        do
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, $"umbraco/delivery/api/v2/content?fetch=descendants:/&skip={skip}&take={PageSize}");
            req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(options.ApiKey))
            {
                req.Headers.Add("Api-Key", options.ApiKey);
            }
            if (!string.IsNullOrEmpty(options.StartItem))
            {
                req.Headers.Add("Start-Item", options.StartItem);
            }
            using var res = await http.SendAsync(req, ct);
            if (!res.IsSuccessStatusCode)
            {
                throw new DeliveryApiException($"Delivery API answered {(int)res.StatusCode} {res.ReasonPhrase}");
            }
            JsonObject page;
            try
            {
                page = JsonNode.Parse(await res.Content.ReadAsStringAsync(ct)) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException e)
            {
                throw new DeliveryApiException($"Delivery API returned malformed JSON: {e.Message}", e);
            }
            if (page["total"] is not JsonValue t || !t.TryGetValue<int>(out total) || page["items"] is not JsonArray arr)
            {
                throw new DeliveryApiException("Delivery API response lacks 'total' or 'items'.");
            }
            foreach (var node in arr)
            {
                try
                {
                    var item = node.Deserialize<ContentItem>(ContentPackage.Json);
                    if (item is not null)
                    {
                        items.Add(item); // checked (and reported when unusable) by ContentSet.From
                    }
                }
                catch (JsonException)
                {
                    // one malformed item does not hide the others
                }
            }
            skip += PageSize;
            if (arr.Count == 0)
            {
                break;
            }
        }
        while (skip < total && skip < MaxItems);

        var withParents = WithParentsFromRoutes(items);
        var manifest = new PackageManifest { Name = "Umbraco", CreatedAt = DateTimeOffset.UtcNow, Generator = Description };
        return (ContentSet.From(manifest, withParents), _ => null);
    }

    /// <summary>
    /// Streams a media file from the Umbraco host (the Delivery API writes media URLs relative to it, through
    /// <c>IPublishedUrlProvider.GetMediaUrl</c>; docs/umbraco-contract.md). Null when Umbraco has no such file or
    /// cannot be reached; the site answers 404 then. A width is passed to Umbraco's image processor.
    /// </summary>
    public async Task<RemoteMedia?> OpenMediaAsync(string key, int? width, CancellationToken ct)
    {
        if (GovOpen.Core.Content.MediaReferences.KeyOf(key) is not { } safe)
        {
            return null;
        }
        var path = string.Join('/', safe.Split('/').Select(Uri.EscapeDataString));
        if (width is { } w && ImageVariants.IsOffered(w) && ImageVariants.IsResizable(safe))
        {
            // Umbraco's image processor (ImageSharp.Web, ResizeWebProcessor.Width) resizes on `width`; docs/umbraco-contract.md.
            path += "?width=" + w.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var req = new HttpRequestMessage(HttpMethod.Get, path);
        HttpResponseMessage res;
        try
        {
            res = await http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
        if (!res.IsSuccessStatusCode)
        {
            res.Dispose();
            return null;
        }
        var stream = await res.Content.ReadAsStreamAsync(ct);
        return new RemoteMedia(stream, res.Content.Headers.ContentType?.MediaType ?? "application/octet-stream",
            res.Content.Headers.ContentLength, res.Content.Headers.LastModified, res);
    }

    /// <summary>The parent id given to an item whose parent route is not among the items (no item has such an id).</summary>
    public const string MissingParentPrefix = "missing-parent:";

    /// <summary>The Delivery API has no parent id in an item; the parent is the item whose route is one segment shorter.</summary>
    public static List<ContentItem> WithParentsFromRoutes(List<ContentItem> items)
    {
        var byPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in items.Where(i => i.Route?.Path is not null))
        {
            byPath.TryAdd(SiteContent.NormalizePath(i.Route.Path), i.Id);
        }
        return items.Select(i =>
        {
            if (i.ParentId is not null || i.Route?.Path is null)
            {
                return i; // an item without a route is reported and left out by ContentSet.From
            }
            var path = SiteContent.NormalizePath(i.Route.Path).TrimEnd('/');
            var cut = path.LastIndexOf('/');
            var parentPath = cut <= 0 ? null : path[..(cut + 1)];
            if (parentPath is null)
            {
                return i; // a top-level item
            }
            // A parent route the API did not return means the parent is not published: the item is an orphan, and
            // Core withholds an item whose parent is missing (fail closed) — it is not promoted to the top level.
            return i with { ParentId = byPath.TryGetValue(parentPath, out var pid) ? pid : MissingParentPrefix + parentPath };
        }).ToList();
    }
}
