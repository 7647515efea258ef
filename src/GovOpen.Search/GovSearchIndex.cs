using System.Globalization;
using GovOpen.Core;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Validity;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// The GovOpen search index: one writer, many concurrent readers (near-real-time via SearcherManager).
/// Full rebuilds are built aside in a new generation directory and swapped in atomically, so search never sees
/// an empty index. A corrupt or locked index found at open is rebuilt from the content source.
/// </summary>
public sealed class GovSearchIndex : IDisposable
{
    private const string CurrentFile = "current";
    private readonly SearchIndexOptions _options;
    private readonly object _writeLock = new();
    private volatile Generation _current;
    private int _generationNumber;
    private bool _disposed;

    private GovSearchIndex(SearchIndexOptions options, Generation generation, int number, IndexOpenReport report)
    {
        _options = options;
        _current = generation;
        _generationNumber = number;
        OpenReport = report;
    }

    public IndexOpenReport OpenReport { get; private set; }

    public SearchIndexKind Kind => _options.Kind;

    /// <summary>Directory of the live generation (null in memory).</summary>
    public string? CurrentPath => _current.Path;

    private DateOnly Today => DateOnly.FromDateTime(_options.Clock.GetLocalNow().DateTime);

    /// <summary>
    /// Opens (or creates) the index. If it is missing, corrupt or locked by another writer, it is rebuilt from
    /// <paramref name="source"/> (when given) in a fresh generation.
    /// </summary>
    public static GovSearchIndex Open(SearchIndexOptions options, Func<IEnumerable<SearchDocument>>? source = null)
    {
        if (options.Path is null)
        {
            var mem = Generation.Create(null, options);
            var index = new GovSearchIndex(options, mem, 0, new IndexOpenReport(source is not null, source is null ? null : "in-memory index built from source", 0));
            if (source is not null)
            {
                index.AddAll(mem, source());
                index._current.Refresh();
            }
            return index.WithReport(index.OpenReport with { Documents = index.Count });
        }

        System.IO.Directory.CreateDirectory(options.Path);
        var currentName = ReadCurrent(options.Path);
        string? reason = null;
        if (currentName is not null)
        {
            var dirPath = System.IO.Path.Combine(options.Path, currentName);
            try
            {
                var gen = Generation.OpenExisting(dirPath, options);
                var idx = new GovSearchIndex(options, gen, ParseNumber(currentName), new IndexOpenReport(false, null, 0));
                return idx.WithReport(idx.OpenReport with { Documents = idx.Count });
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or LockObtainFailedException or InvalidOperationException or ArgumentException)
            {
                reason = e is LockObtainFailedException
                    ? $"index {currentName} is locked by another writer ({e.Message}); rebuilding aside"
                    : $"index {currentName} cannot be opened ({e.GetType().Name}: {e.Message}); rebuilding";
                options.Log?.Invoke(reason);
            }
        }
        else
        {
            reason = "no index yet; building";
        }

        var number = NextFreeNumber(options.Path, currentName);
        var fresh = Generation.Create(GenerationPath(options.Path, number), options);
        var result = new GovSearchIndex(options, fresh, number, new IndexOpenReport(true, reason, 0));
        if (source is not null)
        {
            result.AddAll(fresh, source());
        }
        fresh.Writer.Commit();
        fresh.Refresh();
        WriteCurrent(options.Path, number);
        if (currentName is not null)
        {
            TryDeleteGeneration(System.IO.Path.Combine(options.Path, currentName), options);
        }
        return result.WithReport(result.OpenReport with { Documents = result.Count });
    }

    private GovSearchIndex WithReport(IndexOpenReport report)
    {
        OpenReport = report;
        return this;
    }

    /// <summary>Number of documents searchable now.</summary>
    public int Count
    {
        get
        {
            using var lease = Lease();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>Ids of every indexed document (for sync checks).</summary>
    public IReadOnlySet<string> Ids()
    {
        using var lease = Lease();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(Fields.Id);
            if (terms is null)
            {
                continue;
            }
            var te = terms.GetEnumerator();
            var live = leaf.AtomicReader.LiveDocs;
            DocsEnum? docs = null;
            while (te.MoveNext())
            {
                docs = te.Docs(live, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    set.Add(te.Term.Utf8ToString());
                }
            }
        }
        return set;
    }

    /// <summary>
    /// Adds or replaces one document by id. In the public index a document that may not appear publicly is
    /// removed instead; returns whether it is now in the index.
    /// </summary>
    public bool Upsert(SearchDocument doc)
    {
        var added = UpsertMany([doc]);
        return added == 1;
    }

    /// <summary>Adds or replaces documents (in parallel), commits once and refreshes readers. Returns how many are indexed.</summary>
    public int UpsertMany(IEnumerable<SearchDocument> docs)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var gen = _current;
            var n = AddAll(gen, docs, update: true);
            gen.Writer.Commit();
            gen.Refresh();
            return n;
        }
    }

    public void Delete(string id)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            _current.Writer.DeleteDocuments(new Term(Fields.Id, id));
            _current.Writer.Commit();
            _current.Refresh();
        }
    }

    /// <summary>
    /// Rebuilds from a full content source: builds a new generation aside, then swaps it in. Searches keep using
    /// the old generation until the swap and never see an empty or half-built index.
    /// </summary>
    public int Rebuild(IEnumerable<SearchDocument> all)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var number = _options.Path is null ? 0 : NextFreeNumber(_options.Path, System.IO.Path.GetFileName(_current.Path));
            var path = _options.Path is null ? null : GenerationPath(_options.Path, number);
            var fresh = Generation.Create(path, _options);
            int n;
            try
            {
                n = AddAll(fresh, all);
                if (_options.MaxSegmentsAfterRebuild > 0)
                {
                    fresh.Writer.ForceMerge(_options.MaxSegmentsAfterRebuild);
                }
                fresh.Writer.Commit();
                fresh.Refresh();
            }
            catch
            {
                fresh.Retire();
                if (path is not null)
                {
                    TryDeleteGeneration(path, _options);
                }
                throw;
            }
            var old = _current;
            _current = fresh;
            _generationNumber = number;
            if (_options.Path is not null)
            {
                WriteCurrent(_options.Path, number);
            }
            if (old.Path is not null)
            {
                old.OnDisposed = () => TryDeleteGeneration(old.Path, _options);
            }
            old.Retire();
            return n;
        }
    }

    private int AddAll(Generation gen, IEnumerable<SearchDocument> docs, bool update = false)
    {
        var today = Today;
        var count = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.IndexingThreads) };
        Parallel.ForEach(docs, options, doc =>
        {
            var idTerm = new Term(Fields.Id, doc.Id);
            if (_options.Kind == SearchIndexKind.Public && !PublicSurface.MayAppear(doc.Disclosure, doc.PublishedDate, today))
            {
                if (update)
                {
                    gen.Writer.DeleteDocuments(idTerm);
                }
                return;
            }
            var d = SearchSchema.ToLucene(doc, _options.MaxBodyLength);
            if (update)
            {
                gen.Writer.UpdateDocument(idTerm, d);
            }
            else
            {
                gen.Writer.AddDocument(d);
            }
            Interlocked.Increment(ref count);
        });
        return count;
    }

    /// <summary>Runs a search. Never throws for user input: bad parts become warnings.</summary>
    public SearchResult Search(SearchQuery query)
    {
        ThrowIfDisposed();
        var built = QueryBuilder.Build(query.Text, query.TitleOnly);
        var warnings = built.Warnings;
        var skip = query.Skip;
        var take = query.Take;
        if (skip < 0 || skip > SearchQuery.MaxSkip)
        {
            warnings.Add(Issue.Warn("skip", "range", $"翻页位置须在0–{SearchQuery.MaxSkip}之间", $"skip must be 0–{SearchQuery.MaxSkip}."));
            skip = Math.Clamp(skip, 0, SearchQuery.MaxSkip);
        }
        if (take < 1 || take > SearchQuery.MaxTake)
        {
            warnings.Add(Issue.Warn("take", "range", $"每页条数须在1–{SearchQuery.MaxTake}之间", $"take must be 1–{SearchQuery.MaxTake}."));
            take = Math.Clamp(take, 1, SearchQuery.MaxTake);
        }
        var main = built.TextQuery ?? new MatchAllDocsQuery();
        var filter = QueryBuilder.Filter(query.Filters, null, warnings);
        var final = WithFilter(main, filter);
        var sort = query.Sort == SearchSort.Relevance && built.TextQuery is null ? SearchSort.DateDescending : query.Sort;

        using var lease = Lease();
        var searcher = lease.Searcher;
        var numHits = Math.Max(1, skip + take);
        ITopDocsCollector top = sort == SearchSort.Relevance
            ? TopScoreDocCollector.Create(numHits, false)
            : TopFieldCollector.Create(new Sort(new SortField(Fields.Published, SortFieldType.INT64, sort == SearchSort.DateDescending), SortField.FIELD_SCORE), numHits, false, true, false, false);
        var activeFilterKeys = query.IncludeFacets
            ? query.Filters.Where(f => FacetCollector.FieldOf.ContainsKey(f.Key.ToLowerInvariant()) && f.Value.Any(v => !string.IsNullOrWhiteSpace(v))).Select(f => f.Key.ToLowerInvariant()).ToHashSet()
            : [];
        var plainKeys = FacetCollector.FieldOf.Keys.Where(k => !activeFilterKeys.Contains(k)).ToList();
        FacetCollector? facets = query.IncludeFacets ? new FacetCollector(plainKeys) : null;
        searcher.Search(final, facets is null ? top : MultiCollector.Wrap(top, facets));

        var facetResult = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (facets is not null)
        {
            foreach (var (key, counts) in facets.Counts)
            {
                facetResult[key] = ToFacet(counts, key, query);
            }
            // Drill sideways: counts for a filtered key ignore that key's own filter.
            foreach (var key in activeFilterKeys)
            {
                var side = new FacetCollector([key]);
                var ignore = new List<Issue>();
                searcher.Search(WithFilter(main, QueryBuilder.Filter(query.Filters, key, ignore)), side);
                facetResult[key] = ToFacet(side.Counts[key], key, query);
            }
        }

        var docs = top.GetTopDocs(skip, take);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var sd in docs.ScoreDocs)
        {
            hits.Add(SearchSchema.ToHit(searcher.Doc(sd.Doc), sd.Score, built.HighlightTerms, built.DocumentNumber));
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
    /// Filters are a required, zero-weight clause: the conjunction scorer then advances on whichever side is
    /// rarer (a year filter skips most of a common phrase's postings), and scores are unchanged.
    /// </summary>
    private static Query WithFilter(Query main, Query? filter)
    {
        if (filter is null)
        {
            return main;
        }
        filter.Boost = 0f;
        return new BooleanQuery { { main, Occur.MUST }, { filter, Occur.MUST } };
    }

    private static List<FacetValue> ToFacet(Dictionary<string, int> counts, string key, SearchQuery query)
    {
        var selected = query.Filters.Where(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Select(v => QueryBuilder.FilterTerm(key, v.Trim())?.Text ?? v)).ToHashSet(StringComparer.Ordinal);
        var ordered = key == "year"
            ? counts.OrderByDescending(c => c.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal);
        return ordered.Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key))).ToList();
    }

    private SearchLease Lease()
    {
        ThrowIfDisposed();
        while (true)
        {
            var g = _current;
            if (g.TryAcquire(out var searcher))
            {
                return new SearchLease(g, searcher);
            }
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _current.Retire();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static string GenerationPath(string root, int number) => System.IO.Path.Combine(root, $"gen-{number:D4}");

    private static int ParseNumber(string name) => int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string? ReadCurrent(string root)
    {
        var file = System.IO.Path.Combine(root, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }
        var name = File.ReadAllText(file).Trim();
        // Only our own generation names: never follow a path out of the index root.
        return name.StartsWith("gen-", StringComparison.Ordinal) && name.Length == 8 && name[4..].All(char.IsAsciiDigit) ? name : null;
    }

    private static void WriteCurrent(string root, int number)
    {
        var tmp = System.IO.Path.Combine(root, CurrentFile + ".tmp");
        File.WriteAllText(tmp, $"gen-{number:D4}");
        File.Move(tmp, System.IO.Path.Combine(root, CurrentFile), overwrite: true);
    }

    private static int NextFreeNumber(string root, string? current)
    {
        var max = current is null ? 0 : ParseNumber(current);
        foreach (var dir in System.IO.Directory.EnumerateDirectories(root, "gen-*"))
        {
            max = Math.Max(max, ParseNumber(System.IO.Path.GetFileName(dir)));
        }
        return max + 1;
    }

    private static void TryDeleteGeneration(string path, SearchIndexOptions options)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            options.Log?.Invoke($"could not delete old index generation {path}: {e.Message}");
        }
    }
}
