using Lucene.Net.Index;

namespace GovOpen.Search;

/// <summary>
/// The GovOpen search index: one writer, many concurrent readers (near-real-time via SearcherManager).
/// Full rebuilds are built aside in a new generation directory and swapped in atomically, so search never sees
/// an empty index. A corrupt or locked index found at open is rebuilt from the content source.
/// </summary>
public sealed class GovSearchIndex : IDisposable
{
    // A facade: IndexGenerations owns the generations, their swap and recovery; DocumentWriter writes documents
    // through SearchSchema; Searcher answers queries.
    private readonly SearchIndexOptions _options;
    private readonly IndexGenerations _generations;
    private readonly Searcher _searcher;

    private GovSearchIndex(SearchIndexOptions options, IndexGenerations generations, bool rebuilt, string? reason)
    {
        _options = options;
        _generations = generations;
        _searcher = new Searcher(generations);
        OpenReport = new IndexOpenReport(rebuilt, reason, _searcher.Count);
    }

    public IndexOpenReport OpenReport { get; }

    public SearchIndexKind Kind => _options.Kind;

    /// <summary>Directory of the live generation (null in memory).</summary>
    public string? CurrentPath => _generations.CurrentPath;

    /// <summary>
    /// Opens (or creates) the index. If it is missing, corrupt or locked by another writer, it is rebuilt from
    /// <paramref name="source"/> (when given) in a fresh generation.
    /// </summary>
    public static GovSearchIndex Open(SearchIndexOptions options, Func<IEnumerable<SearchDocument>>? source = null)
    {
        var generations = IndexGenerations.Open(options, source is null ? null : writer => DocumentWriter.AddAll(writer, source(), options), out var rebuilt, out var reason);
        return new GovSearchIndex(options, generations, rebuilt, reason);
    }

    /// <summary>
    /// Deletes an index folder made with <see cref="SearchIndexOptions.Path"/> unless a process (this one included)
    /// still has one of its generations open; returns true when it is gone. For clearing away indexes no longer used.
    /// </summary>
    public static bool DeleteIfUnused(string path, Action<string>? log = null) =>
        IndexGenerations.DeleteRootIfUnheld(path, new SearchIndexOptions { Log = log });

    /// <summary>Number of documents searchable now.</summary>
    public int Count => _searcher.Count;

    /// <summary>Ids of every indexed document (for sync checks).</summary>
    public IReadOnlySet<string> Ids() => _searcher.Ids();

    /// <summary>索引号 in the index that start with <paramref name="prefix"/>, each with the ids of the documents holding it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IndexNumbers(string prefix = "") => _searcher.TermOwners(Fields.IndexNumber, prefix);

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
    public int UpsertMany(IEnumerable<SearchDocument> docs) =>
        _generations.Write(writer => DocumentWriter.AddAll(writer, docs, _options, update: true));

    public void Delete(string id) =>
        _generations.Write(writer => writer.DeleteDocuments(new Term(Fields.Id, id)));

    /// <summary>
    /// Rebuilds from a full content source: builds a new generation aside, then swaps it in. Searches keep using
    /// the old generation until the swap and never see an empty or half-built index.
    /// </summary>
    public int Rebuild(IEnumerable<SearchDocument> all) =>
        _generations.Rebuild(writer => DocumentWriter.AddAll(writer, all, _options));

    /// <summary>Runs a search. Never throws for user input: bad parts become warnings.</summary>
    public SearchResult Search(SearchQuery query) => _searcher.Search(query);

    public void Dispose() => _generations.Dispose();
}
