namespace GovOpen.Search;

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

    /// <summary>Whether hits carry a body snippet; a list that shows titles only asks for none and none are built.</summary>
    public bool IncludeSnippets { get; init; } = true;

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
