using GovOpen.Core;

namespace GovOpen.Search;

public sealed record SearchResult
{
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Filter key → values with counts (counts for a key ignore that key's own filter).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();

    /// <summary>What was adjusted in the request (cut query, unknown filter…), never an error.</summary>
    public IReadOnlyList<Issue> Warnings { get; init; } = [];

    /// <summary>The query text actually searched (cleaned and cut).</summary>
    public string QueryText { get; init; } = "";

    /// <summary>When the query was read as a 文号: its normalized form.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>
    /// True when nothing matched the whole query and these are the documents holding most of its words (at least
    /// <see cref="QueryBuilder.PartialShare"/> of its character pairs); a <c>partial-match</c> warning says so.
    /// </summary>
    public bool Partial { get; init; }
}
