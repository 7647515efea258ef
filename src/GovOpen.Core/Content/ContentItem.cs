using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

/// <summary>
/// One item of a content package, in the shape of an Umbraco Delivery API v2 content item:
/// <c>id</c>, <c>contentType</c>, <c>name</c>, <c>createDate</c>, <c>updateDate</c>, <c>route</c>, <c>properties</c>.
/// Property values are kept as JSON; <see cref="ContentMapper"/> reads them into domain types.
/// </summary>
public sealed record ContentItem : IContentValues, IContentNode
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("contentType")]
    public required string ContentType { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("createDate")]
    public DateTimeOffset CreateDate { get; init; }

    [JsonPropertyName("updateDate")]
    public DateTimeOffset UpdateDate { get; init; }

    [JsonPropertyName("route")]
    public ContentRoute Route { get; init; } = new("/");

    [JsonPropertyName("properties")]
    [System.Text.Json.Serialization.JsonConverter(typeof(OwnedJsonObjectConverter))]
    public JsonObject Properties { get; init; } = [];

    /// <summary>Id of the parent item (not part of the Delivery API item; the API exposes it through the route tree).</summary>
    [JsonPropertyName("parentId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; init; }

    /// <summary>Sort order among siblings.</summary>
    [JsonPropertyName("sortOrder")]
    public int SortOrder { get; init; }

    /// <inheritdoc />
    public JsonNode? Get(string alias) => Properties[alias];
}

/// <summary>
/// A node of the content tree as a walk over it sees one: its id, route and dates (an item, or a lighter stand-in for
/// one that a store can give without reading the item).
/// </summary>
public interface IContentNode
{
    string Id { get; }

    ContentRoute Route { get; }

    DateTimeOffset CreateDate { get; }

    DateTimeOffset UpdateDate { get; }
}
