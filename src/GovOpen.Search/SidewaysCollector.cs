using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Facet counts with drill-sideways in one pass (the method of Lucene's DrillSideways): the query runs without
/// the facet filters; a hit that passes every filter goes to the result and to every count; a hit that fails
/// exactly one filtered key counts only for that key (its counts ignore its own filter); a hit failing two or
/// more is dropped. Before, each filtered key ran the query again. Filters are looked up as bit sets cached per
/// index segment (<see cref="FilterBits"/>).
/// </summary>
internal sealed class SidewaysCollector(ICollector hits, FacetCollector plain, IReadOnlyList<(Query Filter, FacetCollector Counts)> sideways) : ICollector
{
    private readonly IBits[] _bits = new IBits[sideways.Count];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        hits.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        plain.SetNextReader(context);
        for (var i = 0; i < sideways.Count; i++)
        {
            sideways[i].Counts.SetNextReader(context);
            _bits[i] = FilterBits.Of(sideways[i].Filter, context).Bits;
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _bits.Length; i++)
        {
            if (!_bits[i].Get(doc))
            {
                if (failed >= 0)
                {
                    return;
                }
                failed = i;
            }
        }
        if (failed >= 0)
        {
            sideways[failed].Counts.Collect(doc);
            return;
        }
        hits.Collect(doc);
        plain.Collect(doc);
        for (var i = 0; i < sideways.Count; i++)
        {
            sideways[i].Counts.Collect(doc);
        }
    }
}
