using System.Numerics;
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
/// per segment (16 MB for a segment of a million documents); others are computed each time. Whether the documents lie
/// in long runs (<see cref="IsClustered"/>) is counted when the set is made and kept with it.
/// </summary>
internal static class FilterBits
{
    public const int MaxPerSegment = 128;

    private static readonly ConditionalWeakTable<object, Dictionary<string, FilterSet>> Cache = new();

    /// <summary>A run of at least this many documents on average makes a set clustered (<see cref="IsClustered"/>).</summary>
    public const int ClusteredRun = 64;

    /// <summary>
    /// Whether the set's documents lie in long runs (on average <see cref="ClusteredRun"/> or more consecutive
    /// documents): a year in an index written in date order. One pass over the set's words.
    /// </summary>
    public static bool IsClustered(FixedBitSet bits)
    {
        var words = bits.GetBits();
        long count = 0, runs = 0, carry = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            count += BitOperations.PopCount((ulong)w);
            runs += BitOperations.PopCount((ulong)(w & ~((w << 1) | carry))); // a set bit whose predecessor is clear starts a run
            carry = (long)((ulong)w >> 63);
        }
        return runs > 0 && count >= ClusteredRun * runs;
    }

    public static FilterSet Of(Query filter, AtomicReaderContext context)
    {
        var key = filter.ToString();
        var perCore = Cache.GetValue(context.AtomicReader.CoreCacheKey, _ => new Dictionary<string, FilterSet>(StringComparer.Ordinal));
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
        var made = new FilterSet(bits, IsClustered(bits));
        lock (perCore)
        {
            if (perCore.Count < MaxPerSegment)
            {
                perCore[key] = made;
            }
        }
        return made;
    }
}

/// <summary>A filter's documents in one segment, and whether they lie in long runs (<see cref="FilterBits.IsClustered"/>).</summary>
internal sealed record FilterSet(FixedBitSet Bits, bool Clustered);

/// <summary>
/// A filter query applied beneath the main query: its cached bit set (<see cref="FilterBits"/>, with the segment's
/// live documents) is handed to the main query as the documents it may accept, so every postings list skips the
/// documents the filter excludes before a score is computed or a position read. As a required clause beside the
/// query (before), the conjunction advanced the phrase to each filtered document, and a phrase scorer verifies
/// positions for every candidate on its way there, inside the filter or not: a year filter saved almost nothing of
/// a common phrase's cost, which grew with the whole index. Scores do not change (the filter never scored).
/// <para>
/// Beneath alone, a postings list still walks past every excluded document one by one. The index is written in date
/// order (<see cref="DocumentWriter"/>), so a date filter's documents lie in a few long runs: for such a filter the
/// query leaps from run to run (<see cref="LeapingScorer"/>); a scattered one goes beneath, and its scorer
/// (<see cref="SkippingScorer"/>) jumps a long gap of excluded documents with the skip lists and stops after the
/// filter's last document. A year of a million documents costs what that year's matches cost.
/// </para>
/// </summary>
internal sealed class BitsFilter(Query filter) : Filter
{
    /// <summary>Leaping for a clustered filter (<see cref="LeapingScorer"/>), else beneath with long gaps jumped (<see cref="SkippingScorer"/>).</summary>
    public static readonly FilteredQuery.FilterStrategy Beneath = new BeneathSkipping();

    public Query Query => filter;

    public static Query Apply(Query main, Query filter) => new FilteredQuery(main, new BitsFilter(filter), Beneath);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var set = FilterBits.Of(filter, context);
        return new FilterDocs(BitsFilteredDocIdSet.Wrap(set.Bits, acceptDocs), set.Clustered);
    }

    /// <summary>The filter's documents (with the live ones), and whether they lie in long runs.</summary>
    private sealed class FilterDocs(DocIdSet set, bool clustered) : DocIdSet
    {
        public bool Clustered => clustered;

        public override DocIdSetIterator GetIterator() => set.GetIterator();

        public override IBits Bits => set.Bits;

        public override bool IsCacheable => set.IsCacheable;
    }

    public override bool Equals(object? obj) => obj is BitsFilter other && other.Query.Equals(filter);

    public override int GetHashCode() => filter.GetHashCode() ^ 0x5bd1e995;

    public override string ToString() => $"BitsFilter({filter})";

    private sealed class BeneathSkipping : FilteredQuery.FilterStrategy
    {
        public override Scorer? FilteredScorer(AtomicReaderContext context, Weight weight, DocIdSet docIdSet)
        {
            var filterDocs = docIdSet.GetIterator();
            if (filterDocs is null || filterDocs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                return null; // the filter accepts nothing in this segment: its postings are not read at all
            }
            if (docIdSet is FilterDocs { Clustered: true })
            {
                // Long runs: the query leaps to each run (its own postings unfiltered, so a scorer that starts its
                // clauses with a first NextDoc does not walk every posting before the first run).
                var open = weight.GetScorer(context, null);
                return open is null ? null : new LeapingScorer(weight, open, filterDocs);
            }
            var inner = weight.GetScorer(context, docIdSet.Bits);
            return inner is null ? null : new SkippingScorer(weight, inner, filterDocs);
        }
    }
}

/// <summary>
/// For a filter whose documents lie in long runs (<see cref="FilterBits.IsClustered"/>): the main query, unfiltered,
/// and the filter take turns to advance to each other's next document, and a document is returned when both are on
/// it. Inside a run every document the query finds is accepted; between runs the query jumps (skip lists). Given the
/// filter's bits instead (<see cref="SkippingScorer"/>), every clause of a disjunction or a phrase would first walk its
/// postings one by one to the first accepted document — for a year written late in the index, most of its postings.
/// The filter's iterator carries the segment's live documents, so a deleted document is never returned.
/// </summary>
internal sealed class LeapingScorer(Weight weight, Scorer inner, DocIdSetIterator filter) : FilterDrivenScorer(weight, inner, filter)
{
    public override long GetCost() => Math.Min(_inner.GetCost(), _filter.GetCost());

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        var f = _filter.DocID >= target ? _filter.DocID : _filter.Advance(target);
        while (f != NO_MORE_DOCS)
        {
            var d = _inner.DocID >= f ? _inner.DocID : _inner.Advance(f);
            if (d == NO_MORE_DOCS)
            {
                break;
            }
            if (d == f)
            {
                return _doc = d;
            }
            f = _filter.Advance(d);
        }
        return _doc = NO_MORE_DOCS;
    }
}

/// <summary>
/// The main query's scorer, given the filter's bits as its accepted documents, driven so that a gap of more than
/// <see cref="Gap"/> excluded documents is jumped (<see cref="DocIdSetIterator.Advance"/>: the postings' skip lists)
/// instead of walked, and nothing is read after the filter's last document. The documents and scores are the inner
/// scorer's: only the way there changes.
/// </summary>
internal sealed class SkippingScorer(Weight weight, Scorer inner, DocIdSetIterator filter) : FilterDrivenScorer(weight, inner, filter)
{
    /// <summary>A gap shorter than this is walked (a postings block is 128 documents; a jump inside one saves nothing).</summary>
    public const int Gap = 128;

    public override long GetCost() => _inner.GetCost();

    public override int NextDoc()
    {
        var next = _filter.DocID > _doc ? _filter.DocID : _filter.Advance(_doc + 1);
        if (next == NO_MORE_DOCS)
        {
            return _doc = NO_MORE_DOCS;
        }
        return _doc = next - _doc > Gap ? _inner.Advance(next) : _inner.NextDoc();
    }

    public override int Advance(int target)
    {
        var next = _filter.DocID >= target ? _filter.DocID : _filter.Advance(target);
        return _doc = next == NO_MORE_DOCS ? NO_MORE_DOCS : _inner.Advance(next);
    }
}

/// <summary>What <see cref="LeapingScorer"/> and <see cref="SkippingScorer"/> share: the main query's scorer, the filter's documents, the current document; scores are the inner scorer's.</summary>
internal abstract class FilterDrivenScorer : Scorer
{
    protected readonly Scorer _inner;
    protected readonly DocIdSetIterator _filter;
    protected int _doc = -1;

    /// <param name="filter">The filter's documents, already on its first.</param>
    protected FilterDrivenScorer(Weight weight, Scorer inner, DocIdSetIterator filter) : base(weight)
    {
        _inner = inner;
        _filter = filter;
    }

    public override int DocID => _doc;

    public override int Freq => _inner.Freq;

    public override float GetScore() => _inner.GetScore();

    public override ICollection<ChildScorer> GetChildren() => [new ChildScorer(_inner, "FILTERED")];
}
