using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

/// <summary>The start item of a route, as in the Delivery API v2.</summary>
public sealed record RouteStartItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("path")] string Path);

/// <summary>The route of an item, as in the Delivery API v2.</summary>
public sealed record ContentRoute(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("startItem")] RouteStartItem? StartItem = null)
{
    /// <summary>A route path in its one compared form: trimmed, with a leading and a trailing slash.</summary>
    public static string Normalize(string path)
    {
        var p = path.Trim();
        if (!p.StartsWith('/'))
        {
            p = "/" + p;
        }
        return p.EndsWith('/') ? p : p + "/";
    }
}
