using GovOpen.Core;

namespace GovOpen.Search;

public enum SearchSort
{
    /// <summary>Best match first; an exact 文号 match always leads.</summary>
    Relevance,
    /// <summary>Newest 发布日期 first.</summary>
    DateDescending,
    /// <summary>Oldest 发布日期 first.</summary>
    DateAscending,
}

/// <summary>A search request. Free text, filters (OR within a key, AND across keys), sort and paging.</summary>
public sealed record SearchQuery
{
    /// <summary>Longest query text used; longer text is cut and a warning returned.</summary>
    public const int MaxTextLength = 100;

    /// <summary>Most terms (space-separated parts) used.</summary>
    public const int MaxTerms = 10;

    /// <summary>Largest page.</summary>
    public const int MaxTake = 100;

    /// <summary>Deepest result reachable by paging.</summary>
    public const int MaxSkip = 10_000;

    /// <summary>Filter keys understood by the index.</summary>
    public static readonly IReadOnlyList<string> FilterKeys = ["type", "issuer", "year", "topic", "genre", "validity", "path", "id"];

    public string? Text { get; init; }

    /// <summary>key → accepted values. Keys: type, issuer, year, topic, genre, validity, and path (route prefix: items under a column).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    /// <summary>Compute counts per filter value.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>Search only titles (and 文号), not bodies.</summary>
    public bool TitleOnly { get; init; }

    /// <summary>Builds a query from <c>key=value</c> strings (CLI, query strings); bad pairs become warnings.</summary>
    public static SearchQuery From(string? text, IEnumerable<string> filters, SearchSort sort = SearchSort.Relevance, int skip = 0, int take = 10)
    {
        var dict = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in filters)
        {
            var eq = f.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }
            var key = f[..eq].Trim();
            if (!dict.TryGetValue(key, out var list))
            {
                dict[key] = list = [];
            }
            list.Add(f[(eq + 1)..].Trim());
        }
        return new SearchQuery
        {
            Text = text,
            Filters = dict.ToDictionary(k => k.Key, k => (IReadOnlyList<string>)k.Value, StringComparer.OrdinalIgnoreCase),
            Sort = sort,
            Skip = skip,
            Take = take,
        };
    }
}

/// <summary>One search hit. <see cref="TitleHtml"/> and <see cref="Snippet"/> are HTML-escaped with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string ContentType { get; init; }
    public required string Title { get; init; }
    public required string TitleHtml { get; init; }
    public string? DocumentNumber { get; init; }
    public string? IndexNumber { get; init; }
    public IReadOnlyList<string> Issuers { get; init; } = [];
    public string? Topic { get; init; }
    public string? Genre { get; init; }
    public int? Year { get; init; }
    public DateOnly? PublishedDate { get; init; }
    public DateOnly? SignedDate { get; init; }
    public string? Validity { get; init; }
    public string? Disclosure { get; init; }
    public string? Route { get; init; }
    public IReadOnlyList<string> PolicyIds { get; init; } = [];
    public IReadOnlyList<string> PolicyTitles { get; init; } = [];
    public float Score { get; init; }
    public string Snippet { get; init; } = "";

    /// <summary>The query was a 文号 and this item carries exactly that number.</summary>
    public bool IsExactDocumentNumber { get; init; }
}

/// <summary>A facet value with its count.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);

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
}
