using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovOpen.Core.Text;

namespace GovOpen.Core.Documents;

/// <summary>
/// Parser and finder for 发文字号 per GB/T 9704-2012 with the variants editors really type.
/// </summary>
public static partial class DocumentNumberParser
{
    public const string Field = "documentNumber";

    /// <summary>Longest accepted input; anything longer is not a 文号.</summary>
    public const int MaxLength = 64;

    /// <summary>Earliest accepted year (the PRC's founding year).</summary>
    public const int MinYear = 1949;

    /// <summary>Latest accepted year.</summary>
    public const int MaxYear = 2100;

    private const int MaxAgencyLength = 24;

    // Ordinary / announcement form on the compacted text (whitespace removed, width and brackets folded).
    [GeneratedRegex(@"^(?<agency>.*?)〔(?<year>[^〕]*)〕(?<di>第)?(?<seq>[0-9]+)(?<hao>号)?$")]
    private static partial Regex BracketForm();

    // Year written with 年 and no brackets: 京政办发2017年12号 (tolerated, normalized).
    [GeneratedRegex(@"^(?<agency>[^0-9〔〕]*?[^0-9〔〕令])(?<year>[0-9]+)年(?<di>第)?(?<seq>[0-9]+)(?<hao>号)?$")]
    private static partial Regex YearWordForm();

    [GeneratedRegex(@"^(?<agency>.*令)〔第?(?<seq>[0-9]+)号?〕$")]
    private static partial Regex BracketedDecreeNumber();

    // Decree: 北京市人民政府令第277号, 国令第837号, 国家发展和改革委员会令2020年第13号.
    [GeneratedRegex(@"^(?<agency>.*令)(?:(?<year>[0-9]+)年)?第(?<seq>[0-9]+)号?$")]
    private static partial Regex DecreeForm();

    // Bare digits without any bracket, e.g. 京政办发201712号 or 京政办发12号 (missing year).
    [GeneratedRegex(@"^(?<agency>[^0-9]+?)(?<digits>[0-9]+)号?$")]
    private static partial Regex NoYearForm();

    /// <summary>Parses one 文号. Never throws.</summary>
    public static DocumentNumberResult Parse(string? text)
    {
        var warnings = new List<Issue>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("empty", "发文字号不能为空", "The document number is empty.");
        }
        if (text.Length > MaxLength)
        {
            return Fail("too-long", $"发文字号过长（最多{MaxLength}个字符）", $"The document number is longer than {MaxLength} characters.");
        }

        var compact = Compact(text, out var hadVariant);
        if (hadVariant)
        {
            warnings.Add(Issue.Warn(Field, "normalized-brackets", "年份应使用六角括号〔〕，已自动规范", "The year must be in 〔〕 brackets; normalized."));
        }

        Match m;
        // A decree's number in brackets after the 令 (国务院令（第707号）): the bracket is the writer's, not a year.
        if ((m = BracketedDecreeNumber().Match(compact)).Success)
        {
            compact = $"{m.Groups["agency"].Value}第{m.Groups["seq"].Value}号";
            warnings.RemoveAll(w => w.Code == "normalized-brackets");
            warnings.Add(Issue.Warn(Field, "decree-brackets", "令的编号不加括号，应写作“…令第N号”，已自动规范", "A decree number is written …令第N号, without brackets; normalized."));
        }
        if ((m = DecreeForm().Match(compact)).Success && !compact.Contains('〔'))
        {
            return Build(m, DocumentNumberKind.Decree, warnings, requireYear: false);
        }
        if ((m = BracketForm().Match(compact)).Success)
        {
            var agency = m.Groups["agency"].Value;
            var kind = m.Groups["di"].Success && agency.EndsWith("公告", StringComparison.Ordinal)
                ? DocumentNumberKind.Announcement
                : DocumentNumberKind.Document;
            return Build(m, kind, warnings, requireYear: true);
        }
        if ((m = YearWordForm().Match(compact)).Success)
        {
            warnings.Add(Issue.Warn(Field, "normalized-year-form", "年份应写作〔年份〕而非“年份年”，已自动规范", "The year must be written in 〔〕, not with 年; normalized."));
            return Build(m, DocumentNumberKind.Document, warnings, requireYear: true);
        }
        if ((m = NoYearForm().Match(compact)).Success && m.Groups["agency"].Value.EndsWith('令'))
        {
            warnings.Add(Issue.Warn(Field, "decree-di-added", "令的编号应写作“第N号”，已自动规范", "A decree number is written 第N号; normalized."));
            var decree = m.Groups["agency"].Value;
            var seqDigits = m.Groups["digits"].Value;
            return Build(DecreeForm().Match($"{decree}第{seqDigits}号"), DocumentNumberKind.Decree, warnings, requireYear: false);
        }
        if ((m = NoYearForm().Match(compact)).Success)
        {
            var digits = m.Groups["digits"].Value;
            return digits.Length >= 5 && int.TryParse(digits[..4], out var y) && y is >= MinYear and <= MaxYear
                ? Fail("missing-brackets", "年份须用六角括号〔〕括入，例如：京政办发〔2017〕12号", "The year must be enclosed in 〔〕, e.g. 京政办发〔2017〕12号.")
                : Fail("missing-year", "缺少年份，应为“机关代字〔年份〕序号号”，例如：京政办发〔2017〕12号", "The year is missing; expected 代字〔YYYY〕N号.");
        }
        return Fail("unrecognized", "无法识别的发文字号格式，应为“机关代字〔年份〕序号号”（例如：京政办发〔2017〕12号）或“…令第N号”", "Unrecognized document number; expected 代字〔YYYY〕N号 or …令第N号.");
    }

    /// <summary>Finds every 文号 cited in a text, in order, with spans into the original text.</summary>
    public static IReadOnlyList<DocumentNumberMatch> FindAll(string? text)
    {
        var result = new List<DocumentNumberMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }
        var folded = ChineseText.FoldWidth(text);
        var candidates = new List<(int Index, int Length)>();
        foreach (Match m in CitedBracket().Matches(folded))
        {
            candidates.Add(TrimAgency(folded, m));
        }
        foreach (Match m in CitedDecree().Matches(folded))
        {
            candidates.Add(TrimAgency(folded, m));
        }
        foreach (var (index, length) in candidates.OrderBy(c => c.Index))
        {
            if (result.Count > 0 && index < result[^1].Index + result[^1].Length)
            {
                continue; // overlapping candidate
            }
            var original = text.Substring(index, length);
            var parsed = Parse(original);
            if (parsed.Value is { } v)
            {
                result.Add(new DocumentNumberMatch(v, index, length, original));
            }
        }
        return result;
    }

    /// <summary>Distinct normalized 文号 cited in a text, in order of first appearance.</summary>
    public static IReadOnlyList<string> FindDistinct(string? text) =>
        FindAll(text).Select(m => m.Number.Normalized).Distinct(StringComparer.Ordinal).ToList();

    // Agency: Han characters (and ASCII letters), then a bracketed 4-digit-ish year, optional 第, digits, 号.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,24}[ ]?[〔\[(【［（﹝〖][ ]?[0-9]{2,4}[ ]?[〕\])】］）﹞〗][ ]?第?[ ]?[0-9]{1,6}[ ]?号")]
    private static partial Regex CitedBracket();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{0,20}令(?:[0-9]{4}年)?第[0-9]{1,6}号")]
    private static partial Regex CitedDecree();

    // Words that end the running text before a cited 文号; the agency code starts after the last one.
    private static readonly string[] Breakers =
    [
        "根据", "依据", "按照", "参照", "依照", "对照", "遵照", "遵循", "执行", "贯彻", "落实", "实施", "印发", "转发", "详见", "请见",
        "参见", "参考", "结合", "引用", "再次", "现将", "并将", "文件", "通知", "废止", "同时", "以及", "决定", "规定", "有关", "相关",
        "上述", "精神", "要求", "了", "的", "将", "是", "在", "为", "对", "由", "把", "号",
    ];

    // Characters that end running text only when something precedes them: 合 starts 合政发 (合肥) but ends 结合.
    private const string WeakBreakers = "合用次照据按依于引";

    // Conjunctions that may precede an agency code directly ("和国办发〔…〕"); trimmed only while two or more characters remain.
    private const string LeadingConjunctions = "和及与同或见经以即等原";

    private static (int Index, int Length) TrimAgency(string folded, Match m)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var agencyEnd = start;
        while (agencyEnd < end && (ChineseText.IsHan(folded[agencyEnd]) || char.IsAsciiLetter(folded[agencyEnd])) && folded[agencyEnd] != '第')
        {
            agencyEnd++;
        }
        var agency = folded[start..agencyEnd];
        var cut = 0;
        foreach (var w in Breakers)
        {
            var i = agency.LastIndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && i + w.Length < agency.Length - 1)
            {
                cut = Math.Max(cut, i + w.Length);
            }
        }
        for (var i = agency.Length - 3; i >= 1; i--)
        {
            if (i > cut && WeakBreakers.Contains(agency[i]))
            {
                cut = i + 1;
                break;
            }
        }
        // The 日 of a date written right before a decree number ("2019年4月3日国务院令第711号") is not its agency.
        if (cut == 0 && agency.Length > 2 && agency[0] == '日' && start > 0 && (char.IsAsciiDigit(folded[start - 1]) || "〇零一二三四五六七八九十".Contains(folded[start - 1])))
        {
            cut = 1;
        }
        while (agency.Length - cut > 2 && LeadingConjunctions.Contains(agency[cut]))
        {
            cut++;
        }
        return (start + cut, end - start - cut);
    }

    /// <summary>
    /// Removes whitespace, folds full-width characters and bracket variants, and reports whether a
    /// non-canonical bracket was seen.
    /// </summary>
    public static string Compact(string text, out bool hadBracketVariant)
    {
        hadBracketVariant = false;
        // Traditional 號 is 号; a citation's trailing 文件 ("…71号文件") is not part of the number.
        var folded = ChineseText.FoldWidth(ChineseText.StripControl(text)).Replace('號', '号');
        if (folded.TrimEnd().EndsWith("号文件", StringComparison.Ordinal))
        {
            folded = folded.TrimEnd()[..^2];
        }
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            var o = ChineseText.OpenBrackets.IndexOf(c);
            var cl = ChineseText.CloseBrackets.IndexOf(c);
            if (o >= 0)
            {
                hadBracketVariant |= o > 0;
                sb.Append('〔');
            }
            else if (cl >= 0)
            {
                hadBracketVariant |= cl > 0;
                sb.Append('〕');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static DocumentNumberResult Build(Match m, DocumentNumberKind kind, List<Issue> warnings, bool requireYear)
    {
        var agency = m.Groups["agency"].Value;
        var yearText = m.Groups["year"].Success ? m.Groups["year"].Value : "";
        var seqText = m.Groups["seq"].Value;

        if (agency.Length == 0 || (kind == DocumentNumberKind.Decree && agency == "令"))
        {
            return Fail("missing-agency", "缺少机关代字，例如：京政办发〔2017〕12号中的“京政办发”", "The issuing agency code (机关代字) is missing.");
        }
        if (agency.Length > MaxAgencyLength)
        {
            return Fail("agency-too-long", $"机关代字过长（最多{MaxAgencyLength}个字）", $"The agency code is longer than {MaxAgencyLength} characters.");
        }
        foreach (var c in agency)
        {
            if (!ChineseText.IsHan(c) && !char.IsAsciiLetter(c))
            {
                return Fail("agency-invalid-char", $"机关代字含有不允许的字符“{c}”", $"The agency code contains the character '{c}', which is not allowed.");
            }
        }
        int? year = null;
        if (requireYear || yearText.Length > 0)
        {
            if (yearText.Length == 0)
            {
                return Fail("missing-year", "缺少年份，应为“机关代字〔年份〕序号号”", "The year is missing.");
            }
            if (!yearText.All(char.IsAsciiDigit))
            {
                return Fail("year-not-number", $"年份“{yearText}”不是数字", $"The year '{yearText}' is not a number.");
            }
            if (yearText.Length != 4)
            {
                return Fail("year-not-four-digits", $"年份“{yearText}”须为完整的四位数字（如2017），不能简写", $"The year '{yearText}' must have four digits (e.g. 2017).");
            }
            var y = int.Parse(yearText, CultureInfo.InvariantCulture);
            if (y is < MinYear or > MaxYear)
            {
                return Fail("year-out-of-range", $"年份{y}超出范围（{MinYear}–{MaxYear}）", $"The year {y} is outside {MinYear}–{MaxYear}.");
            }
            year = y;
        }
        if (seqText.Length > 6)
        {
            return Fail("sequence-too-long", "序号过长（最多6位）", "The sequence number has more than 6 digits.");
        }
        var seq = int.Parse(seqText, CultureInfo.InvariantCulture);
        if (seq == 0)
        {
            return Fail("sequence-zero", "序号不能为0", "The sequence number cannot be 0.");
        }
        if (seqText.Length > 1 && seqText[0] == '0')
        {
            warnings.Add(Issue.Warn(Field, "leading-zero", "序号不编虚位（如“012”应为“12”），已自动去除", "Leading zeros are not used in the sequence number; removed."));
        }
        if (kind == DocumentNumberKind.Document && m.Groups["di"].Success)
        {
            warnings.Add(Issue.Warn(Field, "di-removed", "序号前不加“第”字，已自动去除", "The sequence number takes no 第; removed."));
        }
        if (kind != DocumentNumberKind.Decree && !m.Groups["hao"].Success)
        {
            warnings.Add(Issue.Warn(Field, "hao-added", "序号后应有“号”字，已自动补全", "The number must end with 号; added."));
        }
        return new DocumentNumberResult(new DocumentNumber(agency, year, seq, kind), null, warnings);
    }

    private static DocumentNumberResult Fail(string code, string zh, string en) =>
        new(null, Issue.Error(Field, code, zh, en), []);
}
