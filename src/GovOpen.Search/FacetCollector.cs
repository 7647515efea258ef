using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Counts values of keyword doc-values fields over the hit set (Lucene.Net.Facet is not among the packages this project can restore). Per segment it
/// counts ordinals in an array, then resolves them to strings once.
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
        for (var i = 0; i < keys.Count; i++)
        {
            var counts = _segment[i];
            if (counts is null)
            {
                continue;
            }
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

    private void Flush()
    {
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
