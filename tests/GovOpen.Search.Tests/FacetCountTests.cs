namespace GovOpen.Search.Tests;

/// <summary>
/// Facet counts checked against an oracle that does not use them: the count of value v of key k is the total of
/// the same search with k's own filter replaced by k = v (drill sideways), whatever other filters are set.
/// </summary>
public class FacetCountTests : IDisposable
{
    private static readonly string[] Issuers = ["示例市人民政府", "示例市财政局", "示例市教育局", "示例市民政局"];
    private static readonly string[] Validities = ["现行有效", "已修订", "已废止", "已失效"];
    private static readonly string[] Genres = ["通知", "意见", "办法"];
    private static readonly string[] Words = ["政务公开", "财政资金", "义务教育", "社会救助", "养老服务", "工作要点", "信息公开"];

    private readonly GovSearchIndex _index = GovSearchIndex.Open(new SearchIndexOptions { Kind = SearchIndexKind.Editorial, Clock = new FixedClock(Corpus.Today) });

    public FacetCountTests()
    {
        var r = new Random(5);
        var docs = Enumerable.Range(0, 400).Select(i => Corpus.Policy(
            $"f{i}",
            $"示例市关于{Words[r.Next(Words.Length)]}的通知",
            string.Concat(Enumerable.Range(0, 6).Select(_ => Words[r.Next(Words.Length)] + "，")),
            issuer: Issuers[r.Next(Issuers.Length)],
            genre: Genres[r.Next(Genres.Length)],
            year: 2020 + r.Next(6),
            validity: Validities[r.Next(Validities.Length)])).ToList();
        // Some documents with two issuers (a joint document): the issuer facet is multi-valued.
        docs.AddRange(Enumerable.Range(0, 30).Select(i => Corpus.Policy($"j{i}", "联合印发的通知", "政务公开，财政资金", year: 2020 + i % 6) with { Issuers = [Issuers[i % 4], Issuers[(i + 1) % 4]] }));
        // More issuers than ValueBits keeps bit sets for: that field is counted hit by hit, the others by bit sets.
        docs.AddRange(Enumerable.Range(0, ValueBits.MaxValues + 20).Select(i => Corpus.Policy($"s{i}", $"第{i}街道关于政务公开的通知", "政务公开，社会救助", issuer: $"示例市第{i}街道办事处", year: 2020 + i % 6)));
        _index.Rebuild(docs);
        _docs = docs;
    }

    private readonly List<SearchDocument> _docs;

    /// <summary>Every facet value the documents hold, read from the documents themselves (not from a facet count).</summary>
    private Dictionary<string, HashSet<string>> EveryValue() => new()
    {
        ["type"] = _docs.Select(d => d.ContentType).ToHashSet(),
        ["issuer"] = _docs.SelectMany(d => d.Issuers).ToHashSet(),
        ["year"] = _docs.Select(d => d.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
        ["topic"] = _docs.Select(d => Core.Documents.TopicTaxonomy.TopLevel(Core.Documents.TopicTaxonomy.Normalize(d.Topic!))).ToHashSet(),
        ["genre"] = _docs.Select(d => d.Genre!).ToHashSet(),
        ["validity"] = _docs.Select(d => d.Validity!).ToHashSet(),
    };

    public void Dispose() => _index.Dispose();

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "政务公开", [] },
        { "政务公开", ["year=2022"] },
        { "财政资金", ["year=2021", "validity=现行有效"] },
        { "", ["year=2023", "year=2024", "genre=意见", "issuer=示例市财政局"] },
        { "公开", ["validity=已废止", "type=policy", "path=/zwgk/"] },
        { "养老服务", ["issuer=示例市民政局", "year=1800"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_count_is_the_total_of_the_search_with_that_value_selected_instead(string text, string[] filters)
    {
        var query = SearchQuery.From(text, filters) with { IncludeFacets = true };
        var result = _index.Search(query);
        var plain = _index.Search(query with { IncludeFacets = false });
        Assert.Equal(plain.Total, result.Total);
        Assert.Equal(plain.Hits.Select(h => h.Id), result.Hits.Select(h => h.Id));
        Assert.True(result.Total > 0 || filters.Length > 0);

        // Every value in the index, each checked: a value the facet leaves out must have no hit either.
        var checkedValues = 0;
        Assert.Equal(EveryValue().Keys.Order(), result.Facets.Keys.Order());
        foreach (var (key, values) in EveryValue())
        {
            var shown = result.Facets[key].ToDictionary(f => f.Value, f => f.Count);
            Assert.Empty(shown.Keys.Except(values));
            foreach (var value in values)
            {
                var others = query.Filters.Where(f => !string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(f => f.Key, f => f.Value);
                others[key] = [value];
                var expected = _index.Search(query with { Filters = others, IncludeFacets = false, Take = 1 }).Total;
                var count = shown.GetValueOrDefault(value);
                Assert.True(expected == count, $"{key}={value}: facet {count}, search {expected} ({text} {string.Join(' ', filters)})");
                checkedValues++;
            }
        }
        Assert.True(checkedValues >= 10, $"only {checkedValues} facet values were checked");
    }
}
