using System.Text.Json.Serialization;
using GovOpen.Search;

namespace GovOpen.Umbraco.Api;

/// <summary>The answer of <c>GET search</c>: total, the query as searched, its 文号 reading, hits, facets, warnings, and whether the hits are partial matches.</summary>
public sealed record SearchResponse(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    [property: JsonPropertyName("items")] IReadOnlyList<SearchResponseItem> Items,
    [property: JsonPropertyName("facets")] IReadOnlyDictionary<string, IReadOnlyList<SearchFacetCount>> Facets,
    [property: JsonPropertyName("warnings")] IReadOnlyList<IssueView> Warnings,
    [property: JsonPropertyName("partial")] bool Partial)
{
    /// <summary>The response for a search result.</summary>
    public static SearchResponse From(SearchResult r) => new(
        r.Total,
        r.QueryText,
        r.DocumentNumber,
        r.Hits.Select(SearchResponseItem.From).ToList(),
        r.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<SearchFacetCount>)f.Value.Select(v => new SearchFacetCount(v.Value, v.Count, v.Selected)).ToList()),
        r.Warnings.Select(IssueView.From).ToList(),
        r.Partial);
}
