using System.Globalization;

namespace GovOpen.Core.Documents;

/// <summary>
/// A parsed, normalized 发文字号. Equality is by normalized form, so variants typed by editors
/// (<c>京政办发[2017]012号</c>) compare equal to the canonical <c>京政办发〔2017〕12号</c>.
/// </summary>
public sealed record DocumentNumber(string Agency, int? Year, int Sequence, DocumentNumberKind Kind)
{
    /// <summary>The canonical form: 〔〕 around a four-digit year, no leading zeros, no 第 (except decrees and announcements).</summary>
    public string Normalized => Kind switch
    {
        DocumentNumberKind.Decree => Year is { } y
            ? $"{Agency}{y.ToString(CultureInfo.InvariantCulture)}年第{Sequence.ToString(CultureInfo.InvariantCulture)}号"
            : $"{Agency}第{Sequence.ToString(CultureInfo.InvariantCulture)}号",
        DocumentNumberKind.Announcement => $"{Agency}〔{Year!.Value.ToString(CultureInfo.InvariantCulture)}〕第{Sequence.ToString(CultureInfo.InvariantCulture)}号",
        _ => $"{Agency}〔{Year!.Value.ToString(CultureInfo.InvariantCulture)}〕{Sequence.ToString(CultureInfo.InvariantCulture)}号",
    };

    /// <summary>
    /// The identity a 文号 is matched on (search, links, the validity cascade): the normalized form, except that a
    /// decree keeps one key for all the ways it is written — 国令, 国务院令 and 中华人民共和国国务院令 are the State
    /// Council's decrees; 中华人民共和国… before a ministry's 令 is dropped; a former agency's decree (原…令) matches
    /// its number while <see cref="Normalized"/> keeps the 原 as written. Traditional characters are folded to simplified
    /// (Core's <see cref="GovOpen.Core.Text.ScriptVariants"/>): 國辦發〔2018〕37號 is 国办发〔2018〕37号.
    /// </summary>
    public string CanonicalKey => Kind == DocumentNumberKind.Decree
        ? (Year is { } y
            ? $"{CanonicalDecreeAgency(Agency)}{y.ToString(CultureInfo.InvariantCulture)}年第{Sequence.ToString(CultureInfo.InvariantCulture)}号"
            : $"{CanonicalDecreeAgency(Agency)}第{Sequence.ToString(CultureInfo.InvariantCulture)}号")
        : GovOpen.Core.Text.ScriptVariants.Simplify(Normalized);

    private static string CanonicalDecreeAgency(string written)
    {
        // Traditional characters are written forms too: 國務院令 is 国务院令.
        var agency = GovOpen.Core.Text.ScriptVariants.Simplify(written);
        var a = agency.StartsWith("中华人民共和国", StringComparison.Ordinal) && agency.Length > 8 ? agency["中华人民共和国".Length..] : agency;
        if (a.StartsWith('原') && a.Length > 2)
        {
            a = a[1..];
        }
        return a == "国令" ? "国务院令" : a;
    }

    /// <summary>The series key (代字 + year) used to list a series, e.g. <c>京政办发〔2017〕</c>.</summary>
    public string SeriesKey => Kind == DocumentNumberKind.Decree ? Agency : $"{Agency}〔{Year}〕";

    public override string ToString() => Normalized;

    /// <summary>Parses or throws <see cref="GovOpenException"/> naming the problem.</summary>
    public static DocumentNumber Parse(string? text)
    {
        var r = DocumentNumberParser.Parse(text);
        return r.Value ?? throw new GovOpenException(r.Error!);
    }

    // Parsed values by text: a 文号 is looked up many times (lists, the public surface, every fee basis, each request's
    // references) and parsing it is the costly part. Values are immutable, so sharing them is safe; the memo is bounded.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DocumentNumber?> Parsed = new(StringComparer.Ordinal);
    private const int MaxMemo = 65_536;
    private static int _memoCount;

    public static bool TryParse(string? text, out DocumentNumber? value)
    {
        if (text is null)
        {
            value = null;
            return false;
        }
        if (!Parsed.TryGetValue(text, out value))
        {
            value = DocumentNumberParser.Parse(text).Value;
            // Counted on the side: ConcurrentDictionary.Count takes every lock of the table, which made parallel
            // parsing slower than serial. The count is approximate under races; the bound only needs to hold roughly.
            if (Interlocked.Increment(ref _memoCount) > MaxMemo)
            {
                Parsed.Clear();
                Interlocked.Exchange(ref _memoCount, 0);
            }
            Parsed.TryAdd(text, value);
        }
        return value is not null;
    }
}
