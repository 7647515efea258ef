using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Counts values of keyword doc-values fields over the hit set (Lucene.Net.Facet is not among the packages this project can restore). Per segment it
/// marks the hits in a bit set; at the end of the segment a small hit set is counted hit by hit (ordinals in an
/// array), a large one by intersecting it with each value's bit set (<see cref="ValueBits"/>, built once per segment
/// and field), so counting a query that matches half of a million documents costs about as much as one that
/// matches a thousand. Ordinals are resolved to strings once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> keys) : ICollector
{
    /// <summary>facet key → doc-values field; issuer is multi-valued.</summary>
    internal static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>
    {
        ["type"] = Fields.DvPrefix + Fields.Type,
        ["issuer"] = Fields.DvPrefix + Fields.Issuer,
        ["year"] = Fields.DvPrefix + Fields.Year,
        ["topic"] = Fields.DvPrefix + Fields.TopicTop,
        ["genre"] = Fields.DvPrefix + Fields.Genre,
        ["validity"] = Fields.DvPrefix + Fields.Validity,
    };

    internal const string MultiValued = "issuer";

    private readonly Dictionary<string, Dictionary<string, int>> _counts = keys.ToDictionary(k => k, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] _single = new SortedDocValues?[keys.Count];
    private readonly SortedSetDocValues?[] _multi = new SortedSetDocValues?[keys.Count];
    private readonly int[]?[] _segment = new int[]?[keys.Count];
    private AtomicReaderContext? _context;
    private FixedBitSet? _hits;
    private int _hitCount;

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _context = context;
        _hits = new FixedBitSet(context.AtomicReader.MaxDoc);
        _hitCount = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            var field = FieldOf[keys[i]];
            if (keys[i] == MultiValued)
            {
                var dv = context.AtomicReader.GetSortedSetDocValues(field);
                _multi[i] = dv;
                _segment[i] = dv is null ? null : new int[checked((int)dv.ValueCount)];
            }
            else
            {
                var dv = context.AtomicReader.GetSortedDocValues(field);
                _single[i] = dv;
                _segment[i] = dv is null ? null : new int[dv.ValueCount];
            }
        }
    }

    public void Collect(int doc)
    {
        _hits!.Set(doc);
        _hitCount++;
    }

    /// <summary>Counts the segment's hits into the ordinal arrays.</summary>
    private void CountSegment()
    {
        if (_hits is null || _context is null || _hitCount == 0)
        {
            return;
        }
        var maxDoc = _context.AtomicReader.MaxDoc;
        for (var i = 0; i < keys.Count; i++)
        {
            var counts = _segment[i];
            if (counts is null)
            {
                continue;
            }
            // Intersecting costs maxDoc/64 words per value; walking the hits costs a doc-values lookup per hit.
            if ((long)_hitCount * 16 > (long)counts.Length * (maxDoc / 64 + 1)
                && ValueBits.Of(_context, FieldOf[keys[i]], _multi[i] is not null) is { } perValue)
            {
                for (var ord = 0; ord < perValue.Length; ord++)
                {
                    counts[ord] += (int)FixedBitSet.IntersectionCount(_hits, perValue[ord]);
                }
                continue;
            }
            var it = _hits.GetIterator();
            int doc;
            while ((doc = it.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (_multi[i] is { } m)
                {
                    m.SetDocument(doc);
                    long ord;
                    while ((ord = m.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        counts[ord]++;
                    }
                }
                else if (_single[i] is { } s)
                {
                    var ord = s.GetOrd(doc);
                    if (ord >= 0)
                    {
                        counts[ord]++;
                    }
                }
            }
        }
    }

    private void Flush()
    {
        CountSegment();
        _hits = null;
        _context = null;
        _hitCount = 0;
        var br = new BytesRef();
        for (var i = 0; i < keys.Count; i++)
        {
            var counts = _segment[i];
            if (counts is null)
            {
                continue;
            }
            var target = _counts[keys[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                if (_multi[i] is { } m)
                {
                    m.LookupOrd(ord, br);
                }
                else
                {
                    _single[i]!.LookupOrd(ord, br);
                }
                var value = br.Utf8ToString();
                target[value] = target.GetValueOrDefault(value) + counts[ord];
            }
            _segment[i] = null;
            _single[i] = null;
            _multi[i] = null;
        }
    }
}

/// <summary>
/// Per segment and facet field, one bit set per value (by ordinal), built on first use and cached with the segment
/// core. Fields with more than <see cref="MaxValues"/> values in a segment get none (their hits are counted one by
/// one), which bounds the memory at <see cref="MaxValues"/> × maxDoc/8 bytes per field.
/// </summary>
internal static class ValueBits
{
    public const int MaxValues = 256;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, FixedBitSet[]?>> Cache = new();

    public static FixedBitSet[]? Of(AtomicReaderContext context, string field, bool multiValued)
    {
        var reader = context.AtomicReader;
        var perCore = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, FixedBitSet[]?>(StringComparer.Ordinal));
        lock (perCore)
        {
            if (perCore.TryGetValue(field, out var cached))
            {
                return cached;
            }
        }
        var maxDoc = reader.MaxDoc;
        FixedBitSet[]? built = null;
        if (multiValued)
        {
            var dv = reader.GetSortedSetDocValues(field);
            if (dv is not null && dv.ValueCount <= MaxValues)
            {
                built = New((int)dv.ValueCount, maxDoc);
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    dv.SetDocument(doc);
                    long ord;
                    while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        built[ord].Set(doc);
                    }
                }
            }
        }
        else
        {
            var dv = reader.GetSortedDocValues(field);
            if (dv is not null && dv.ValueCount <= MaxValues)
            {
                built = New(dv.ValueCount, maxDoc);
                for (var doc = 0; doc < maxDoc; doc++)
                {
                    var ord = dv.GetOrd(doc);
                    if (ord >= 0)
                    {
                        built[ord].Set(doc);
                    }
                }
            }
        }
        lock (perCore)
        {
            perCore[field] = built;
        }
        return built;
    }

    private static FixedBitSet[] New(int count, int maxDoc) => Enumerable.Range(0, count).Select(_ => new FixedBitSet(maxDoc)).ToArray();
}
