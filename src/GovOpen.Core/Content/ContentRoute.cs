using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

/// <summary>The start item of a route, as in the Delivery API v2.</summary>
public sealed record RouteStartItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("path")] string Path);

/// <summary>The route of an item, as in the Delivery API v2.</summary>
public sealed record ContentRoute(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("startItem")] RouteStartItem? StartItem = null);
