using GovOpen.Core;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Search;

namespace GovOpen.Search;

/// <summary>
/// Reads the live generation: query execution with paging and sort, facet counts (drill-sideways for filtered
/// keys), and hits read back through <see cref="SearchSchema.ToHit"/> with the query's highlight terms.
/// </summary>
internal sealed class Searcher(IndexGenerations generations)
{
    /// <summary>Number of documents searchable now.</summary>
    public int Count
    {
        get
        {
            using var lease = generations.Lease();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>Ids of every indexed document (for sync checks).</summary>
    public IReadOnlySet<string> Ids()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        ForEachLiveTerm(Fields.Id, "", (term, _, _) => set.Add(term));
        return set;
    }

    /// <summary>Each value of a stored keyword field starting with <paramref name="prefix"/>, with the ids of the documents that hold it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TermOwners(string field, string prefix)
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        ForEachLiveTerm(field, prefix, (term, reader, doc) =>
        {
            if (!owners.TryGetValue(term, out var list))
            {
                owners[term] = list = [];
            }
            if (reader.Document(doc).Get(Fields.Id) is { } id)
            {
                list.Add(id);
            }
        }, everyDoc: true);
        return owners.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    private void ForEachLiveTerm(string field, string prefix, Action<string, AtomicReader, int> visit, bool everyDoc = false)
    {
        using var lease = generations.Lease();
        var start = new BytesRef(prefix);
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var te = terms.GetEnumerator();
            if (te.SeekCeil(start) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            var live = leaf.AtomicReader.LiveDocs;
            DocsEnum? docs = null;
            do
            {
                var term = te.Term.Utf8ToString();
                if (!term.StartsWith(prefix, StringComparison.Ordinal))
                {
                    break;
                }
                docs = te.Docs(live, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    visit(term, leaf.AtomicReader, doc);
                    if (!everyDoc)
                    {
                        break;
                    }
                }
            }
            while (te.MoveNext());
        }
    }

    /// <summary>Runs a search. Never throws for user input: bad parts become warnings.</summary>
    public SearchResult Search(SearchQuery query)
    {
        generations.ThrowIfDisposed();
        var built = QueryBuilder.Build(query.Text, query.TitleOnly);
        var warnings = built.Warnings;
        var skip = WithinRange(query.Skip, 0, SearchQuery.MaxSkip, "skip", "翻页位置", warnings);
        var take = WithinRange(query.Take, 1, SearchQuery.MaxTake, "take", "每页条数", warnings);
        var result = Execute(query, built.TextQuery, built.HighlightTerms, built, warnings, skip, take, null);
        if (result.Total > 0 || built.TextQuery is null || built.DocumentNumber is not null || QueryBuilder.Relaxed(built.CleanText, query.TitleOnly) is not { } relaxed)
        {
            return result;
        }
        // Nothing matches the whole query: documents holding most of its words (a title typed from memory, a variant
        // character, a word too many), said so above the results.
        var partialWarnings = new List<Issue>(warnings)
        {
            // The query itself is not repeated here: the page shows it once, in the box and the count line.
            Issue.Warn("q", "partial-match", "没有找到与检索词完全匹配的结果，以下是包含其中大部分字词的结果", "Nothing matches the query as a whole; these results contain most of its words."),
        };
        var partial = Execute(query, relaxed.Query, relaxed.HighlightTerms, built, partialWarnings, skip, take, relaxed.Pairs);
        return partial.Total == 0 ? result : partial with { Partial = true };
    }

    /// <summary>How many of a partial match's best hits are ordered by how well their titles match the query.</summary>
    internal const int PartialRerankDepth = 100;

    private SearchResult Execute(SearchQuery query, Query? textQuery, IReadOnlyList<string> highlightTerms, QueryBuilder.Built built, List<Issue> warnings, int skip, int take, IReadOnlySet<string>? partialPairs)
    {
        // Relevance × 有效性 weight: for comparable relevance the document in force comes first (Core's ValidityRanking).
        var main = textQuery is not null ? new Lucene.Net.Queries.Function.BoostedQuery(textQuery, new ValidityWeightSource()) : (Query)new MatchAllDocsQuery();
        var filter = QueryBuilder.Filter(query.Filters, null, warnings);
        var final = WithFilter(main, filter);
        var sort = query.Sort == SearchSort.Relevance && textQuery is null ? SearchSort.DateDescending : query.Sort;

        using var lease = generations.Lease();
        var searcher = lease.Searcher;
        var rerank = partialPairs is not null && sort == SearchSort.Relevance;
        var numHits = Math.Max(1, rerank ? Math.Max(skip + take, PartialRerankDepth) : skip + take);
        // Relevance ties are broken by recency (the newer document first).
        ITopDocsCollector top = sort == SearchSort.Relevance
            ? TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField(Fields.Published, SortFieldType.INT64, true)), numHits, false, true, false, false)
            : TopFieldCollector.Create(new Sort(new SortField(Fields.Published, SortFieldType.INT64, sort == SearchSort.DateDescending), SortField.FIELD_SCORE), numHits, false, true, false, false);
        var facetResult = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (!query.IncludeFacets)
        {
            searcher.Search(final, top);
        }
        else
        {
            // A facet key with a valid filter value counts sideways (ignoring its own filter); the others count the hits.
            var ignore = new List<Issue>();
            var sideways = new List<(string Key, Query Filter, FacetCollector Counts)>();
            foreach (var key in FacetCollector.FieldOf.Keys)
            {
                var own = query.Filters.Where(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).ToDictionary(f => f.Key, f => f.Value);
                if (own.Count > 0 && QueryBuilder.Filter(own, null, ignore) is { } keyFilter)
                {
                    sideways.Add((key, keyFilter, new FacetCollector([key])));
                }
            }
            var plain = new FacetCollector(FacetCollector.FieldOf.Keys.Where(k => sideways.All(s => s.Key != k)).ToList());
            if (sideways.Count == 0)
            {
                searcher.Search(final, MultiCollector.Wrap(top, plain));
            }
            else
            {
                var rest = query.Filters.Where(f => sideways.All(s => !string.Equals(s.Key, f.Key, StringComparison.OrdinalIgnoreCase))).ToDictionary(f => f.Key, f => f.Value);
                var restFilter = QueryBuilder.Filter(rest, null, ignore);
                searcher.Search(WithFilter(main, restFilter), new SidewaysCollector(top, plain, sideways.Select(x => (x.Filter, x.Counts)).ToList()));
            }
            foreach (var (key, counts) in plain.Counts)
            {
                facetResult[key] = ToFacet(counts, key, query);
            }
            foreach (var (key, _, counts) in sideways)
            {
                facetResult[key] = ToFacet(counts.Counts[key], key, query);
            }
        }

        var page = rerank ? ByTitleMatch(searcher, top.GetTopDocs(0, numHits).ScoreDocs, partialPairs!).Skip(skip).Take(take).ToArray() : top.GetTopDocs(skip, take).ScoreDocs;
        var hits = new List<SearchHit>(page.Length);
        foreach (var sd in page)
        {
            hits.Add(SearchSchema.ToHit(searcher.Doc(sd.Doc), sd.Score, highlightTerms, built.DocumentNumber, query.IncludeSnippets));
        }
        return new SearchResult
        {
            Total = top.TotalHits,
            Hits = hits,
            Facets = facetResult,
            Warnings = warnings,
            QueryText = built.CleanText,
            DocumentNumber = built.DocumentNumber,
        };
    }

    /// <summary>
    /// A partial match's best hits ordered by how well each title matches what was typed — the Dice coefficient of the
    /// query's and the title's character pairs — then by score: a title typed with a word too many finds that document
    /// before its 解读, whose title holds the same words and more. Only titles sharing at least half go first; the rest
    /// keep their score order. Titles only are read (stored field).
    /// </summary>
    private static IEnumerable<ScoreDoc> ByTitleMatch(IndexSearcher searcher, ScoreDoc[] docs, IReadOnlySet<string> queryPairs)
    {
        var titleOnly = new HashSet<string> { Fields.Title };
        // The first PartialRerankDepth hits are reordered; later ones keep their place, so pages never overlap.
        return docs.Take(PartialRerankDepth).Select((sd, i) =>
        {
            var title = searcher.Doc(sd.Doc, titleOnly).Get(Fields.Title) ?? "";
            var pairs = QueryBuilder.Pairs(title);
            var shared = pairs.Count(queryPairs.Contains);
            var dice = pairs.Count + queryPairs.Count == 0 ? 0 : 2.0 * shared / (pairs.Count + queryPairs.Count);
            return (sd, dice: dice >= 0.5 ? dice : 0, i); // a title that shares a common pair or two is no title match
        }).OrderByDescending(x => x.dice).ThenBy(x => x.i).Select(x => x.sd).Concat(docs.Skip(PartialRerankDepth)).ToList();
    }

    /// <summary>A paging value clamped to <paramref name="min"/>–<paramref name="max"/>; a value outside adds a warning.</summary>
    private static int WithinRange(int value, int min, int max, string field, string nameZh, List<Issue> warnings)
    {
        if (value >= min && value <= max)
        {
            return value;
        }
        warnings.Add(Issue.Warn(field, "range", $"{nameZh}须在{min}–{max}之间", $"{field} must be {min}–{max}."));
        return Math.Clamp(value, min, max);
    }

    /// <summary>
    /// The filter applied beneath the query (<see cref="BitsFilter"/>): only documents it accepts are matched and scored.
    /// Without text the filter is the query: its cached bits are walked set bit by set bit (every document would be
    /// asked otherwise — a million checks for a list page of a large library).
    /// </summary>
    private static Query WithFilter(Query main, Query? filter) => filter is null ? main
        : main is MatchAllDocsQuery ? new ConstantScoreQuery(new BitsFilter(filter))
        : BitsFilter.Apply(main, filter);

    private static List<FacetValue> ToFacet(Dictionary<string, int> counts, string key, SearchQuery query)
    {
        var selected = query.Filters.Where(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Select(v => QueryBuilder.FilterTerm(key, v.Trim())?.Text ?? v)).ToHashSet(StringComparer.Ordinal);
        var ordered = key == "year"
            ? counts.OrderByDescending(c => c.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal);
        return ordered.Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key))).ToList();
    }
}
