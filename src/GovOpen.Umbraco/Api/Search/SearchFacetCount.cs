using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Api;

/// <summary>One value of a search facet with its count, and whether the query filters on it.</summary>
public sealed record SearchFacetCount(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("selected")] bool Selected);
