using Lucene.Net.Search;

namespace GovOpen.Search;

/// <summary>A searcher held for one search; releases its generation when disposed.</summary>
internal readonly struct SearchLease(Generation generation, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => generation.Release(Searcher);
}
