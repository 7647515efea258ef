using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// A filter query's matching documents of one segment as a bit set, cached per segment core (a reopened reader
/// shares its segments' cores, so the cache outlives a refresh and dies with the segment). Deleted documents may be
/// set: the drill-sideways collector asks only about documents the main query matched, which are live, and
/// <see cref="BitsFilter"/> adds the segment's live documents. At most <see cref="MaxPerSegment"/> filters are kept
/// per segment (16 MB for a segment of a million documents); others are computed each time.
/// </summary>
internal static class FilterBits
{
    public const int MaxPerSegment = 128;

    private static readonly ConditionalWeakTable<object, Dictionary<string, FixedBitSet>> Cache = new();

    public static FixedBitSet Of(Query filter, AtomicReaderContext context)
    {
        var key = filter.ToString();
        var perCore = Cache.GetValue(context.AtomicReader.CoreCacheKey, _ => new Dictionary<string, FixedBitSet>(StringComparer.Ordinal));
        lock (perCore)
        {
            if (perCore.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var set = new QueryWrapperFilter(filter).GetDocIdSet(context, null);
        if (set?.GetIterator() is { } it)
        {
            bits.Or(it);
        }
        lock (perCore)
        {
            if (perCore.Count < MaxPerSegment)
            {
                perCore[key] = bits;
            }
        }
        return bits;
    }
}

/// <summary>
/// A filter query applied beneath the main query: its cached bit set (<see cref="FilterBits"/>, with the segment's
/// live documents) is handed to the main query as the documents it may accept, so every postings list skips the
/// documents the filter excludes before a score is computed or a position read. As a required clause beside the
/// query (before), the conjunction advanced the phrase to each filtered document, and a phrase scorer verifies
/// positions for every candidate on its way there, inside the filter or not: a year filter saved almost nothing of
/// a common phrase's cost, which grew with the whole index. Scores do not change (the filter never scored).
/// </summary>
internal sealed class BitsFilter(Query filter) : Filter
{
    /// <summary>Always random access: the filter's bits go to the postings, whatever the first filtered document.</summary>
    public static readonly FilteredQuery.FilterStrategy Beneath = new AlwaysBeneath();

    public Query Query => filter;

    public static Query Apply(Query main, Query filter) => new FilteredQuery(main, new BitsFilter(filter), Beneath);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(FilterBits.Of(filter, context), acceptDocs);

    public override bool Equals(object? obj) => obj is BitsFilter other && other.Query.Equals(filter);

    public override int GetHashCode() => filter.GetHashCode() ^ 0x5bd1e995;

    public override string ToString() => $"BitsFilter({filter})";

    private sealed class AlwaysBeneath : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
