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
            return parentPath is not null && byPath.TryGetValue(parentPath, out var pid) ? i with { ParentId = pid } : i;
        }).ToList();
    }

    /// <summary>Stores the last good content as a content package, so a restart while Umbraco is down still has content.</summary>
    public static void SaveCache(string dir, ContentSet set)
    {
        ContentPackage.Write(dir, set.Manifest with { Generator = "govopen site cache" }, set.Items);
    }
}
