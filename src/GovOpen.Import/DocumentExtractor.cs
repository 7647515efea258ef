using System.Text.RegularExpressions;
using GovOpen.Core;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Import;

/// <summary>
/// Reads the elements of a 公文 (GB/T 9704-2012 layout, and the looser layouts real offices use) from its
/// paragraphs. Works on plain lines, so .docx, .txt and pasted text share it.
/// </summary>
public static partial class DocumentExtractor
{
    private sealed record Line(int Index, string Text, bool InTable);

    [GeneratedRegex(@"^[0-9０-９]{6}$")]
    private static partial Regex CopyNumber();

    [GeneratedRegex(@"^(绝密|机密|秘密)(★.*)?$|^(特急|加急|特提|平急)$")]
    private static partial Regex ClassificationOrUrgency();

    [GeneratedRegex(@"^[─━—–\-_=＝~～·\s]{3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"签\s*发\s*人[:：].*$")]
    private static partial Regex Signer();

    [GeneratedRegex(@"^[（(](.*\d{4}\s*年.*|.*[〇零一二三四五六七八九]{4}年.*)[）)]$")]
    private static partial Regex BracketedDate();

    [GeneratedRegex(@"^附\s*件[:：]\s*(.*)$")]
    private static partial Regex AttachmentStart();

    // An item of a 附件说明 list: 1．/1./1、, （1）/(1)/1）, 一、 or ①.
    [GeneratedRegex(@"^(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*(.+)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^抄\s*送[:：]\s*(.*)$")]
    private static partial Regex CopyTo();

    [GeneratedRegex(@"^(.+?)\s+(\S*年\S*月\S*日)\s*印\s*发$")]
    private static partial Regex Printed();

    [GeneratedRegex(@"(人民政府|办公室|办公厅|委员会|局|厅|部|院|委|中心|管委会|公司|大学|署|处|站|所|社|会|党组|党委|司|辦公室|辦公廳|委員會|廳|處|會|黨組|黨委)$")]
    private static partial Regex AgencySuffix();

    // 印发 / 转发 / 批转 wrappers as 通知, 函 or 意见; unbracketed, the carried title runs to the last 的通知 (…的通知的通知).
    [GeneratedRegex(@"关于(?:印发|转发|批转)《(?<t>[^《》]+)》的(?:通知|函|意见)$|关于(?:印发|转发|批转)(?<t>[^《》]+)的(?:通知|函|意见)$")]
    private static partial Regex IssueWrapper();

    [GeneratedRegex(@"《([^《》]{2,100})》")]
    private static partial Regex TitleCitation();

    private static readonly string[] GenreEndings = ["通知", "意见", "决定", "办法", "规定", "方案", "要点", "细则", "规划", "纲要", "措施", "通告", "公告", "通报", "报告", "请示", "批复", "答复", "函", "纪要", "条例", "指引", "指南", "公报", "决议", "令", "计划", "制度", "标准", "目录", "清单", "规则",
        // the same words as pages in traditional characters print them
        "意見", "決定", "辦法", "規定", "規劃", "綱要", "細則", "通報", "報告", "請示", "批復", "批覆", "答覆", "紀要", "條例", "決議", "計劃", "標準", "清單", "規則"];

    /// <summary>
    /// Words offices print after 此件 that are not 公开属性 names in Core (<see cref="DisclosureNames"/>):
    /// 公开发布 is the customary wording on proactively published documents (（此件公开发布）), and 不公开 is a
    /// common short form of 不予公开. They belong to reading printed documents, not to the disclosure vocabulary
    /// the rest of GovOpen accepts, so they stay in the importer.
    /// </summary>
    private static readonly Dictionary<string, DisclosureAttribute> ImporterOnlyMarkers = new(StringComparer.Ordinal)
    {
        ["公开发布"] = DisclosureAttribute.Proactive,
        ["不公开"] = DisclosureAttribute.NotDisclosed,
    };

    /// <summary>此件 followed by a 公开属性 name (主动公开, 依申请公开, 不予公开) or an importer-only word.</summary>
    private static readonly Regex DisclosureMarker = new(
        "此件(" + string.Join("|", Enum.GetValues<DisclosureAttribute>().Select(a => a.Name()).Concat(ImporterOnlyMarkers.Keys).Select(Regex.Escape)) + ")",
        RegexOptions.Compiled);

    /// <summary>
    /// The document being read: its non-empty lines, the reading position, where the body and the signature are,
    /// and the result filled in so far.
    /// </summary>
    private sealed class Reading(List<Line> lines, ExtractionResult result)
    {
        public List<Line> Lines { get; } = lines;

        public ExtractionResult Result { get; } = result;

        /// <summary>Position in <see cref="Lines"/> of the next front-matter line (header, title, recipients).</summary>
        public int Pos { get; set; }

        /// <summary>Position in <see cref="Lines"/> of the first line after the front matter.</summary>
        public int BodyStart { get; set; }

        /// <summary>Paragraph index (<see cref="Line.Index"/>) where the signature block starts; -1 if there is none.</summary>
        public int SignatureAt { get; set; } = -1;

        /// <summary>The agency line a legal database prints between copies of the title; the issuer mark when the header has none.</summary>
        public Extracted<string>? PageIssuerMark { get; set; }

        public bool AtEnd => Pos >= Lines.Count;

        public Line Current => Lines[Pos];
    }

    public static ExtractionResult Extract(SourceText source)
    {
        var lines = source.Paragraphs.Select((p, i) => new Line(i, Clean(p.Text), p.InTable)).Where(l => l.Text.Length > 0).ToList();
        var r = new ExtractionResult { FileName = source.FileName };
        if (lines.Count == 0)
        {
            return r;
        }
        var all = lines.ToList();
        lines = WithoutPinyinAnnotations(lines, r);
        lines = RunTogetherSplit(lines, r);
        var tail = PageTailStart(lines);
        if (tail < lines.Count)
        {
            r.Notes.AddRange(lines.Skip(tail).Select(l => new KeptNote(l.Text, l.Index)));
            lines = lines.Take(tail).ToList();
        }
        var c = new Reading(lines, r);
        ReadWebPage(c);
        ReadHeader(c);
        if (c.Result.IssuerMark is null)
        {
            c.Result.IssuerMark = c.PageIssuerMark;
        }
        else if (c.PageIssuerMark is { } pageMark && pageMark.Line != c.Result.IssuerMark.Line)
        {
            // The page's agency line was taken out as the 发文机关标志, but the header has its own: the page's is a note,
            // never lost.
            r.Notes.Add(new KeptNote(pageMark.Source, pageMark.Line));
        }
        // A page that prints the number twice: the second copy is the page's.
        while (!c.AtEnd && c.Result.DocumentNumber is { } own && c.Current.Text.Trim() == own.Source.Trim() && c.Current.Index != own.Line)
        {
            c.Pos++;
        }
        ReadTitle(c);
        ReadTitleNote(c);
        ReadPromulgation(c);
        ReadIssuerUnderTitle(c);
        ReadTitleFromDecree(c);
        ReadAttachedTitle(c);
        ReadMainRecipients(c);
        c.BodyStart = c.Pos; // the front matter ends here; body, signature and tail elements follow
        ReadSignature(c);
        InferMissingSignature(c);
        ReadAttachmentNote(c);
        ReadCopyTo(c);
        ReadPrinted(c);
        ReadDisclosureMarker(c);
        ReadBody(c);
        ReadIssuedDocument(c);
        ReadCarriedSignature(c);
        UsePageMetadata(c);
        KeepEveryLine(c);
        FindCitations(c);
        ReadDecisions(c);
        AddWarnings(c);
        r.Account = TextAccount.Measure(all.Select(l => l.Text), r.Texts());
        return r;
    }

    /// <summary>
    /// Text copied from a web page carries the page around the document: breadcrumbs, 返回首页, 打印/关闭, 浏览量, the
    /// page's 时间/来源 line, the site's name, the page title above the document's own, and a metadata block (索引号,
    /// 发文机关, 发文字号, 成文日期…, a value on its label's line or the next). Those lines are kept as notes and taken
    /// out of the reading; the metadata fills what the document itself does not show (<see cref="UsePageMetadata"/>).
    /// When the title stands more than once (a legal database prints title / agency / title), the last copy is read, and
    /// an agency line between the copies is the 发文机关标志. Only the front of the text is looked at: up to the first
    /// line of prose or the recipients.
    /// </summary>
    private static void ReadWebPage(Reading c)
    {
        var (lines, r) = (c.Lines, c.Result);
        var front = 0;
        while (front < Math.Min(lines.Count, 40))
        {
            var t = lines[front].Text;
            if (!PageFurniture().IsMatch(t) && PageInfoLabel().Matches(t).Count < 2 && !MetadataLabel().IsMatch(t) && !BracketedMetadata().IsMatch(t)
                && (t.EndsWith('。') || t.Length > 100 || EndsWithColon(t) && LooksLikeRecipients(t) || IsHeading(t) > 0))
            {
                break;
            }
            front++;
        }
        var taken = new SortedSet<int>(); // positions in lines
        for (var i = 0; i < front; i++)
        {
            var t = lines[i].Text;
            if (MetadataLabel().IsMatch(t) || BracketedMetadata().IsMatch(t))
            {
                taken.Add(i);
                var pairs = MetadataPairs(t);
                // The value on the next line — not for a label that introduces the text itself (内容概述, 法规全文).
                if (pairs.Count == 1 && pairs[0].Value.Length == 0 && pairs[0].Label is not ("内容概述" or "法规全文" or "全文" or "正文" or "摘要")
                    && i + 1 < front && !MetadataLabel().IsMatch(lines[i + 1].Text) && !BracketedMetadata().IsMatch(lines[i + 1].Text) && lines[i + 1].Text.Length <= 80)
                {
                    pairs[0] = (pairs[0].Label, lines[i + 1].Text.Trim()); // the value on the next line
                    taken.Add(++i);
                }
                foreach (var (label, value) in pairs.Where(p => p.Value.Length > 0))
                {
                    r.PageMetadata.TryAdd(label, value);
                }
            }
            else if (PageFurniture().IsMatch(t) || PageInfoLabel().Matches(t).Count >= 2)
            {
                taken.Add(i);
                foreach (var (label, value) in MetadataPairs(t).Where(p => p.Value.Length > 0 && p.Label is "发布日期" or "发布时间" or "信息来源" or "来源"))
                {
                    r.PageMetadata.TryAdd(label, value);
                }
            }
        }
        // The title printed more than once: every copy but the last is the page's, and an agency line between copies is
        // the 发文机关标志 (a legal database prints title / agency / title); other short lines between them are the page's.
        static string Squash(string s) => SpaceBetweenHan().Replace(s, "").Replace(" ", "", StringComparison.Ordinal).TrimStart('•', '·', '●', '-', '*');
        // An agency line between the copies is the 发文机关标志: the field's line, removed below without a note.
        void TakeAsPageMark(int j)
        {
            c.PageIssuerMark = AgencyMark(lines[j], 0.7);
            taken.Add(j);
            lines[j] = lines[j] with { Text = "" };
        }
        var open = Enumerable.Range(0, front).Where(i => !taken.Contains(i)).ToList();
        var last = open.LastOrDefault(i => !LooksLikeAgency(lines[i].Text) && open.Any(j => j < i && Squash(lines[j].Text) == Squash(lines[i].Text) && Squash(lines[i].Text).Length >= 6), -1);
        if (last > 0)
        {
            var titleText = Squash(lines[last].Text);
            var firstCopy = open.First(j => Squash(lines[j].Text) == titleText);
            foreach (var j in open.Where(j => j >= firstCopy && j < last))
            {
                var t = lines[j].Text;
                if (DocumentNumberParser.FindAll(t).Count > 0 && Squash(t) != titleText)
                {
                    continue; // the number printed between the copies is the document's
                }
                if (Squash(t) == titleText || t.Length <= 30 || Squash(t).StartsWith(titleText, StringComparison.Ordinal))
                {
                    if (c.PageIssuerMark is null && Squash(t) != titleText && LooksLikeAgency(t))
                    {
                        TakeAsPageMark(j);
                        continue;
                    }
                    taken.Add(j);
                }
            }
            // A database that heads the page with the carried rule's name prints it twice, then its agency line, then the
            // document's own title (示例办法 / 示例办法 / 示例市人民政府 / 关于印发示例办法的通知): the last copy is the page's too.
            var afterLast = open.Where(j => j > last).Take(2).ToList();
            if (afterLast.Count == 2 && LooksLikeAgency(lines[afterLast[0]].Text) && lines[afterLast[1]].Text.StartsWith("关于", StringComparison.Ordinal)
                && IsPageTitle(lines[last].Text, lines[afterLast[1]].Text))
            {
                taken.Add(last);
                if (c.PageIssuerMark is null)
                {
                    TakeAsPageMark(afterLast[0]);
                }
                taken.Add(afterLast[0]);
            }
            // Page furniture above the first copy (a site name, a column name) is the page's too.
            foreach (var j in open.Where(j => j < firstCopy && lines[j].Text.Length <= 30 && !IsRedHeaderLine(lines[j].Text)))
            {
                taken.Add(j);
            }
        }
        foreach (var i in taken.Reverse())
        {
            if (lines[i].Text.Length > 0)
            {
                r.Notes.Add(new KeptNote(lines[i].Text, lines[i].Index));
            }
            lines.RemoveAt(i);
        }
        r.Notes.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    /// <summary>
    /// A line of the page above a block that is a whole title by itself (核心提示, a column name, a news headline): the
    /// block starts a title (关于…, or an agency line then 关于…) and the line is not an agency that heads it.
    /// </summary>
    private static bool IsHeadingAbove(string line, List<Line> rest)
    {
        if (rest.Count == 0 || LooksLikeAgency(line) || line.EndsWith("关于", StringComparison.Ordinal) || line.EndsWith('的'))
        {
            return false;
        }
        var title = JoinTitle(rest);
        return IsCompleteTitle(title) && (HasGuanyu(rest[0].Text) || LooksLikeAgency(rest[0].Text) && rest.Count > 1 && HasGuanyu(rest[1].Text));
    }

    // A title line is short; a whole title of several joint issuers on one line may reach a hundred characters.
    private static bool TooLongForTitle(string t) => t.Length > (IsCompleteTitle(SpaceBetweenHan().Replace(t, "")) && HasGuanyu(t) ? 120 : 60);

    private static bool HasGuanyu(string t) => t.Contains("关于", StringComparison.Ordinal) || t.Contains("關於", StringComparison.Ordinal) || t.Contains("關于", StringComparison.Ordinal);

    private static bool StartsWithGuanyu(string t) => t.StartsWith("关于", StringComparison.Ordinal) || t.StartsWith("關於", StringComparison.Ordinal) || t.StartsWith("關于", StringComparison.Ordinal);

    /// <summary>
    /// Whether a complete title of one to four lines stands right after position <paramref name="from"/> and before the
    /// recipients: then the number is above its title (the usual layout), and a heading above the number is the page's.
    /// </summary>
    private static bool TitleFollows(List<Line> lines, int from)
    {
        var block = new List<Line>();
        for (var k = from; k < Math.Min(lines.Count, from + 4); k++)
        {
            var t = lines[k].Text;
            if (EndsWithColon(t))
            {
                return block.Count > 0 && LooksLikeRecipients(t) && IsCompleteTitle(JoinTitle(block));
            }
            if (t.EndsWith('。') || t.Length > 60 || IsDateLine(t, out _))
            {
                return false;
            }
            block.Add(lines[k]);
        }
        return false;
    }

    /// <summary>
    /// A web page's heading above the document's title: it carries a 文号, or one of the two contains the other (the
    /// page may add the site's column, 《》, or a year in brackets; the document's title may add the agency and 关于印发).
    /// </summary>
    private static bool IsPageTitle(string line, string title)
    {
        if (!IsCompleteTitle(title) || line.Length < 6)
        {
            return false;
        }
        if (DocumentNumberParser.FindAll(line).Count > 0)
        {
            return true;
        }
        static string Core(string s) => Regex.Replace(SpaceBetweenHan().Replace(s, ""), @"[《》“”""\s]|[（(][^（）()]{1,12}[）)]$", "");
        var (l, t) = (Core(line), Core(title));
        return l.Length >= 6 && (l.Contains(t, StringComparison.Ordinal) || t.Contains(l, StringComparison.Ordinal));
    }

    /// <summary>What the page's metadata says, for the fields the document itself does not show.</summary>
    private static void UsePageMetadata(Reading c)
    {
        var r = c.Result;
        var m = r.PageMetadata;
        string? Get(params string[] labels) => labels.Select(l => m.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        // A value is read from the note that holds it (the metadata line, or the line after its label).
        Extracted<T> From<T>(string value, T read, double confidence) =>
            r.Notes.FirstOrDefault(n => n.Text.Contains(value, StringComparison.Ordinal)) is { } note ? new(read, confidence, note.Line, note.Text) : new(read, confidence, 0, value);
        if (r.DocumentNumber is null && Get("发文字号", "文号") is { } num && DocumentNumberParser.Parse(num.Trim()).Value is { } parsed)
        {
            r.DocumentNumber = From(num, parsed.Normalized, 0.85);
        }
        if (r.Title is null && Get("标题", "名称", "文件名称") is { } title && title.Length <= 120)
        {
            r.Title = From(title, title.Trim(), 0.85);
        }
        if (r.Issuers is null && Get("发文机关", "发文机构", "发布机构", "发文单位") is { } issuer)
        {
            var agencies = issuer.Split([' ', '、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (agencies.Count > 0 && agencies.All(a => AgencySuffix().IsMatch(a) && !a.EndsWith("网站", StringComparison.Ordinal)))
            {
                r.Issuers = From<IReadOnlyList<string>>(issuer, agencies, 0.8);
            }
        }
        if (r.SignedDate is null && Get("成文日期", "发文日期", "印发日期") is { } dateText && PageDate(dateText) is { } date)
        {
            r.SignedDate = From(dateText, date, 0.8);
        }
    }

    /// <summary>A date as a page shows it: 2026年03月04日, 二〇二六年三月四日, or ISO 2026-03-04 (a time after it ignored).</summary>
    internal static DateOnly? PageDate(string text)
    {
        var t = text.Trim();
        if (ChineseDate.FindAll(t).FirstOrDefault() is { Length: > 0 } d)
        {
            return d.Date;
        }
        var iso = Regex.Match(t, @"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})");
        return iso.Success && DateOnly.TryParse($"{iso.Groups[1].Value}-{iso.Groups[2].Value.PadLeft(2, '0')}-{iso.Groups[3].Value.PadLeft(2, '0')}", System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>Every label: value pair of a metadata line (several may share a line), in order.</summary>
    private static List<(string Label, string Value)> MetadataPairs(string line)
    {
        if (BracketedMetadata().Match(line) is { Success: true } bm)
        {
            var label = bm.Groups["l"].Value switch { "发文号" or "文号" => "发文字号", "发布部门" or "制定机关" => "发文机关", var other => other };
            return [(label, bm.Groups["v"].Value.Trim())];
        }
        var t = line.TrimStart('•', '·', '●', '-', '*', ' ');
        var labels = MetadataLabelAnywhere().Matches(t).ToList();
        var pairs = new List<(string, string)>();
        for (var k = 0; k < labels.Count; k++)
        {
            var start = labels[k].Index + labels[k].Length;
            var end = k + 1 < labels.Count ? labels[k + 1].Index : t.Length;
            pairs.Add((Regex.Replace(labels[k].Groups["l"].Value, @"\s", ""), t[start..end].Trim()));
        }
        // 发文字号 glued to its value (发文字号示交发〔2021〕63号), and the other glued labels.
        if (pairs.Count == 0 && GluedNumber().Match(t) is { Success: true } g)
        {
            pairs.Add(("发文字号", g.Groups["v"].Value));
        }
        else if (pairs.Count == 0 && GluedPair().Match(line) is { Success: true } gp)
        {
            pairs.Add((gp.Groups["l"].Value, gp.Groups["v"].Value.Trim()));
        }
        return pairs;
    }

    private const string MetadataLabels = "索\\s*引\\s*号|主题分类|主\\s*题\\s*词|关\\s*键\\s*词|发文机关|发文机构|发布机构|发文单位|成文日期|发文日期|印发日期|发布日期|生成日期|施行日期|实施日期|标\\s*题|名\\s*称|文件名称|发文字号|文\\s*号|有\\s*效\\s*性|时\\s*效\\s*性|效力状态|废止(?:时间|日期)|失效(?:时间|日期)|生效(?:时间|日期)|归档(?:时间|日期)|公文种类|发布文号|发文号|发布部门|法规类别|公开方式|公开范围|公开时限|信息来源|内容概述|效力级别|体裁分类|组配分类|服务对象|信息分类|所属机构";

    // A metadata line in brackets, as legal databases print them: 2. 【标题】…, 3. 【发文号】….
    [GeneratedRegex(@"^[•·●\-\*\s]*(?:[0-9]{1,2}[.．、]\s*)?【(?<l>[^】]{2,8})】\s*(?<v>.*)$")]
    private static partial Regex BracketedMetadata();

    // A metadata line: a known label first (after a bullet), then a colon.
    [GeneratedRegex(@"^[•·●\-\*\s]*(?:" + MetadataLabels + @")\s*[:：]|^[•·●\-\*\s]*(?:发文字号|文号)(?=[^:：\s]{2,20}〔?[0-9０-９]{4})|^[•·●\-\*\s]*(?:" + GluedLabels + @")(?=[^:：\s])(?=.{1,50}$)")]
    private static partial Regex MetadataLabel();

    // Labels a legal database glues to their values (发文机关中共示例市委, 发文日期2021年12月21日, 时效性现行有效): ones no
    // title or sentence starts with.
    private const string GluedLabels = "发文机关|发文机构|发布机构|发文日期|成文日期|发布日期|施行日期|实施日期|生效日期|时效性|有效性|效力级别|索引号|主题分类|公开方式";

    [GeneratedRegex(@"^[•·●\-\*\s]*(?<l>" + GluedLabels + @")(?<v>[^:：\s].{0,49})$")]
    private static partial Regex GluedPair();

    [GeneratedRegex(@"(?<l>" + MetadataLabels + @"|来\s*源|时\s*间|日\s*期|作\s*者|发布时间)\s*[:：]")]
    private static partial Regex MetadataLabelAnywhere();

    [GeneratedRegex(@"^(?:发文字号|文号)(?<v>\S{4,40}号)$")]
    private static partial Regex GluedNumber();

    // The page's own info line (时间:… 来源:… 作者:… 阅读:…): two or more of these labels on one line.
    [GeneratedRegex(@"(?:时间|日期|发布时间|发布日期|来源|信息来源|作者|编辑|责任编辑|阅读|浏览|点击|访问量|字号|分享|浏览次数|点击次数|阅读次数|访问次数|信息发布者|发布者|發布時間|信息來源|來源|瀏覽次數|點擊次數)\s*[:：]")]
    private static partial Regex PageInfoLabel();

    // A line of the web page around the document: breadcrumbs and the page's buttons and counters.
    [GeneratedRegex(@"^[•·●\-\*\s]*(?:(?:您|你)?的?(?:当前所在|当前|所在)?位置\s*[:：].*|.*(?:首页|主页)\s*[>»›＞/|].*|.*[>»›＞]\s*(?:首页|主页).*|.*\S\s*[>»›＞]\s*正文.*|(?:Original URL|URL|网址|原文(?:链接|地址)|本文链接)\s*[:：].*|[>»›＞].*|[•·●]\s*\S{1,10}|[0-9]{4}(?:年|-|/)[0-9]{1,2}(?:月|-|/)[0-9]{1,2}日?\s+[0-9]{1,2}:[0-9]{2}.*|核心提示|内容提要|举报|提交|纠错|购物车|[0-9]{1,6}|首页|返回首页|返回顶部|返回列表|返回|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|分享到\s*[:：]?.*|下载地址\s*[:：]?.*|点击此处下载.*|扫一扫.*|视力保护色\s*[:：]?.*|浏览(?:量|次数)\s*[:：]?.*|阅读(?:量|次数)\s*[:：]?\s*[0-9]*|访问量\s*[:：]?.*|点击(?:量|数|率)\s*[:：]?.*|【?\s*字[号体]\s*[:：].*|【\s*[大中小]\s*[大中小 ]*】|上一篇\s*[:：].*|下一篇\s*[:：].*|[【\[]\s*(?:打印|关闭|收藏|打印本页|关闭窗口)\s*[】\]].*)$")]
    private static partial Regex PageFurniture();

    /// <summary>
    /// A notice copied from a page that lost its paragraph breaks arrives as one or two long lines: title, 文号, recipients,
    /// body and signature run together. When the text has at most three lines and one of them is long (over 80
    /// characters, with sentences), that line is cut where a 公文 starts a new line — after a title ending in its 文种
    /// (…的通知) before a 文号 or the recipients, around a 文号 standing between spaces, after the recipients' colon
    /// (各…：), before a numbered heading (一、 （一） 1．) that follows a sentence, and before the signature and date at
    /// the end (…同时废止。示例市人民政府 2026年3月1日) and a closing （此件公开发布）. Nothing is removed but the spaces
    /// at the cuts; lines are numbered anew, and a warning says the text was cut.
    /// </summary>
    private static List<Line> RunTogetherSplit(List<Line> lines, ExtractionResult r)
    {
        if (lines.Count > 3 || !lines.Any(l => l.Text.Length > 80 && l.Text.Count(c => c == '。') >= 2))
        {
            return lines;
        }
        var pieces = new List<(string Text, bool InTable)>();
        foreach (var l in lines)
        {
            if (l.Text.Length <= 80)
            {
                pieces.Add((l.Text, l.InTable));
                continue;
            }
            var cuts = new SortedSet<int>();
            var t = l.Text;
            // Title: the first 文种 ending in the first 120 characters, followed by a 文号, a space or recipients (各…).
            var title = RunTogetherTitleEnd().Match(t);
            if (title.Success && title.Index + title.Length < t.Length)
            {
                cuts.Add(title.Index + title.Length);
            }
            // A 文号 standing alone between spaces near the start.
            foreach (Match m in RunTogetherNumber().Matches(t))
            {
                if (m.Index < 200)
                {
                    cuts.Add(m.Index);
                    cuts.Add(m.Index + m.Length);
                }
            }
            // Recipients: 各… up to a colon, in the front part.
            var recipients = RunTogetherRecipients().Match(t, cuts.Count > 0 ? cuts.Min : 0);
            if (recipients.Success && recipients.Index < 260)
            {
                cuts.Add(recipients.Index);
                cuts.Add(recipients.Index + recipients.Length);
            }
            // Numbered headings after a sentence or a colon.
            foreach (Match m in RunTogetherHeading().Matches(t))
            {
                cuts.Add(m.Index + m.Groups["end"].Length);
            }
            // Signature and date at the end, and a disclosure note after them.
            var end = RunTogetherSignature().Match(t);
            if (end.Success)
            {
                cuts.Add(end.Groups["agency"].Index);
                cuts.Add(end.Groups["date"].Index);
                if (end.Groups["note"].Success)
                {
                    cuts.Add(end.Groups["note"].Index);
                }
            }
            var from = 0;
            foreach (var cut in cuts.Where(c => c > 0 && c < t.Length).Append(t.Length))
            {
                var piece = t[from..cut].Trim();
                if (piece.Length > 0)
                {
                    pieces.Add((piece, l.InTable));
                }
                from = cut;
            }
        }
        if (pieces.Count <= lines.Count)
        {
            return lines;
        }
        r.Warnings.Add(Issue.Warn("body", "run-together", $"原文未分段（{lines.Count}行），已按标题、文号、主送机关、层次序号和落款拆分为{pieces.Count}行，请核对",
            $"The text had no paragraph breaks ({lines.Count} lines); it was cut into {pieces.Count} lines at the title, number, recipients, headings and signature — please check."));
        return pieces.Select((p, i) => new Line(i, p.Text, p.InTable)).ToList();
    }

    [GeneratedRegex(@"^.{4,120}?(?:的)?(?:通知|意见|决定|办法|规定|方案|要点|细则|规划|纲要|措施|通告|公告|通报|批复|答复|复函|函|条例|决议|命令)(?=\s|[^\s，。、；：]{1,24}[〔\[［【(（﹝][0-9]{4}[〕\]］】)）﹞]|各)")]
    private static partial Regex RunTogetherTitleEnd();

    [GeneratedRegex(@"(?<=\s|^)[\p{IsCJKUnifiedIdeographs}]{1,24}[〔\[［【(（﹝][0-9]{4}[〕\]］】)）﹞]\s?第?[0-9]{1,6}号(?=\s|各)")]
    private static partial Regex RunTogetherNumber();

    [GeneratedRegex(@"各[^。：:]{1,80}?[：:]")]
    private static partial Regex RunTogetherRecipients();

    [GeneratedRegex(@"(?<end>[。：:；;])\s*(?=(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|[0-9]{1,2}[．.、]\S))")]
    private static partial Regex RunTogetherHeading();

    [GeneratedRegex(@"[。！”）)]\s*(?<agency>[\p{IsCJKUnifiedIdeographs}、 　]{3,60}?)\s*(?<date>(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,4}日)\s*(?<note>[（(]此件[^）)]{1,12}[）)])?\s*$")]
    private static partial Regex RunTogetherSignature();

    /// <summary>
    /// Some sites (and copies of them) print the pinyin of a character after it, in brackets: 國務(wù)院辦公廳關(guān)于…
    /// (a conversion to traditional characters that annotates each changed one). When a document has three or more
    /// such annotations — a tone-marked syllable in brackets right after a Chinese character — they are taken out of
    /// the reading, so 發(fā)文 reads 發文, and kept together as one note: nothing is lost, and the editor sees what was
    /// removed. Fewer than three are left alone (a text that gives one character's reading means it).
    /// </summary>
    private static List<Line> WithoutPinyinAnnotations(List<Line> lines, ExtractionResult r)
    {
        if (lines.Sum(l => PinyinAnnotation().Count(l.Text)) < 3)
        {
            return lines;
        }
        var removed = new List<string>();
        var first = -1;
        var cleaned = lines.Select(l =>
        {
            var t = PinyinAnnotation().Replace(l.Text, m =>
            {
                removed.Add(m.Value);
                return "";
            });
            if (first < 0 && t.Length != l.Text.Length)
            {
                first = l.Index;
            }
            return l with { Text = t };
        }).ToList();
        r.Notes.Add(new KeptNote("网页加注的拼音（已从正文去除）：" + string.Concat(removed), first));
        return cleaned;
    }

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[)）]")]
    private static partial Regex PinyinAnnotation();

    /// <summary>
    /// Where the web page's own tail starts — the footer (版权所有, 网站标识码, ICP备案, 公网安备, 主办/承办, 联系我们,
    /// 网站地图, 技术支持, contact lines), the page's buttons (打印本页, 关闭窗口, 返回顶部, 分享到, 扫一扫) and a
    /// 相关链接 list of other pages' titles — or the line count when there is none. Read from the end; the block
    /// must hold at least one line only a page carries (a copyright, a registration number, the site's buttons), so a
    /// document that ends with its own 主办单位 or 联系电话 keeps them. Its lines become notes, never body text.
    /// </summary>
    private static int PageTailStart(List<Line> lines)
    {
        var start = lines.Count;
        var strong = false;
        var k = lines.Count - 1;
        while (k >= 0)
        {
            var t = lines[k].Text;
            if (t.Length > 160 || t.Contains('。') || t.Contains('；'))
            {
                break; // a footer's lines are short and hold no sentence; a paragraph that mentions 版权所有 is the document's
            }
            if (PageTailOnly().IsMatch(t))
            {
                strong = true;
                start = k--;
                continue;
            }
            if (PageTailLine().IsMatch(t) || PageFurniture().IsMatch(t) || PageInfoLabel().Matches(t).Count >= 2)
            {
                start = k--;
                continue;
            }
            // A list of other pages' titles under 相关链接.
            var h = k;
            while (h >= 0 && k - h < 30 && !RelatedHeading().IsMatch(lines[h].Text) && lines[h].Text.Length <= 80 && !lines[h].Text.EndsWith('。') && !lines[h].Text.EndsWith('：') && !lines[h].Text.EndsWith(':'))
            {
                h--;
            }
            if (h >= 0 && h < k && RelatedHeading().IsMatch(lines[h].Text))
            {
                start = h;
                k = h - 1;
                continue;
            }
            break;
        }
        return strong ? start : lines.Count;
    }

    // Lines only a web page carries (copyright, registration numbers, the site's own buttons and links).
    [GeneratedRegex(@"版权所有|版权归|Copyright|©|\(C\)\s*[0-9]{4}|网站标识码|ICP\s*备|ICP\s*证|公网安备|网站地图|联系我们|关于我们|网站声明|隐私(?:声明|政策)|技术支持\s*[:：]|返回顶部|打印本页|关闭窗口|【\s*打印|【\s*关闭|扫一扫|(?:我为)?政府网站找错|建议使用.{0,20}浏览器|最佳分辨率", RegexOptions.IgnoreCase)]
    private static partial Regex PageTailOnly();

    // Lines a page's footer also carries, which a document may carry too: accepted only inside a page's tail.
    [GeneratedRegex(@"^(?:[•·●\-\*\s]*)(?:主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|运行维护(?:单位)?|维护(?:单位)?|地址|通讯地址|电话|联系电话|邮编|邮政编码|传真|电子邮箱|邮箱|E-?mail|责任编辑|编辑|来源|信息来源|发布时间|分享到?|浏览次数|访问量|【?\s*(?:打印|关闭|收藏)\s*】?)\s*[:：]?.*$|^\S{1,12}(?:\s*[|｜丨]\s*\S{1,12}){1,}$|^(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关政策|相关解读|延伸阅读|友情链接)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageTailLine();

    [GeneratedRegex(@"^[【\[]?\s*(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关政策|相关解读|延伸阅读|友情链接)\s*[】\]]?\s*[:：]?$")]
    private static partial Regex RelatedHeading();

    /// <summary>
    /// The header block: 份号, 密级, 紧急程度, 发文机关标志, 发文字号 (and 签发人), the red separator. Leaves the
    /// position after its last line. In the 通告/公告 layout the title stands above the number and is read here.
    /// </summary>
    private static void ReadHeader(Reading c)
    {
        var (lines, r) = (c.Lines, c.Result);
        var headerEnd = -1;
        var preNumber = new List<Line>();
        var markLines = new List<Line>();
        for (var i = 0; i < Math.Min(lines.Count, 12); i++)
        {
            var t = lines[i].Text;
            if (DecreeHeading(c, i) is > 0 and var used)
            {
                headerEnd = i + used - 1;
                i += used - 1;
                continue;
            }
            if (CopyNumber().IsMatch(t) || ClassificationOrUrgency().IsMatch(t) || Separator().IsMatch(t))
            {
                headerEnd = i;
                continue;
            }
            if (IsRedHeaderLine(t) && (r.IssuerMark is null || headerEnd == i - 1 && markLines.Count > 0 && markLines[^1].Index == lines[i - 1].Index))
            {
                // 发文机关标志. A joint header stacks several agencies: each line ending in 文件, or agency lines
                // above one 文件 (示例市人民政府 / 示例市财政局文件).
                while (preNumber.Count > 0 && LooksLikeAgency(preNumber[^1].Text) && preNumber[^1].Index == (markLines.Count > 0 ? markLines[0].Index : lines[i].Index) - 1)
                {
                    markLines.Insert(0, preNumber[^1]);
                    preNumber.RemoveAt(preNumber.Count - 1);
                }
                markLines.Add(lines[i]);
                var agencies = markLines.SelectMany(l => SplitAgencies(l.Text.EndsWith("文件", StringComparison.Ordinal) ? l.Text[..^2] : l.Text)).ToList();
                r.IssuerMark = new(string.Join("、", agencies), 0.9, markLines[0].Index, string.Join(" / ", markLines.Select(l => l.Text)));
                headerEnd = i;
                continue;
            }
            if (TryReadDocumentNumber(c, i, preNumber))
            {
                headerEnd = i;
                continue;
            }
            if (r.IssuerMark is not null || r.DocumentNumber is not null)
            {
                break; // the header block has ended
            }
            preNumber.Add(lines[i]);
        }
        c.Pos = headerEnd + 1;
    }

    /// <summary>
    /// A decree header split over two lines (示例市人民政府令 / 第35号), or on one line with the number in brackets and
    /// perhaps the term (中华人民共和国主席令（九届第37号）): the number is read as …令第37号, the term kept in the source.
    /// </summary>
    private static int DecreeHeading(Reading c, int i)
    {
        var (lines, r) = (c.Lines, c.Result);
        var t = lines[i].Text;
        if (r.DocumentNumber is null && BracketedDecree().Match(t.Replace(" ", "", StringComparison.Ordinal)) is { Success: true } bd
            && DocumentNumberParser.Parse($"{bd.Groups["a"].Value}第{bd.Groups["n"].Value}号").Value is { Kind: DocumentNumberKind.Decree } bracketed)
        {
            r.DocumentNumber = new(bracketed.Normalized, 0.9, lines[i].Index, t);
            r.IssuerMark = new(bd.Groups["a"].Value[..^1], 0.85, lines[i].Index, t);
            return 1;
        }
        if (r.DocumentNumber is null && t.EndsWith('令') && t.Length <= 30 && i + 1 < lines.Count && DecreeNumberLine().IsMatch(lines[i + 1].Text)
            && DocumentNumberParser.Parse(t + lines[i + 1].Text).Value is { Kind: DocumentNumberKind.Decree } decree)
        {
            r.DocumentNumber = new(decree.Normalized, 0.95, lines[i].Index, $"{t} / {lines[i + 1].Text}");
            r.IssuerMark = new(t[..^1], 0.9, lines[i].Index, t);
            return 2;
        }
        return 0;
    }

    /// <summary>
    /// The 发文字号 on line <paramref name="i"/> (a 签发人 after it is ignored); <paramref name="preNumber"/> holds the
    /// unrecognised lines above it, which are the title in the 通告/公告 layout.
    /// </summary>
    private static bool TryReadDocumentNumber(Reading c, int i, List<Line> preNumber)
    {
        var (lines, r) = (c.Lines, c.Result);
        var t = lines[i].Text;
        var withoutSigner = Signer().Replace(t, "").Trim();
        if (withoutSigner.Length > 2 && withoutSigner[0] is '(' or '（' && withoutSigner[^1] is ')' or '）')
        {
            withoutSigner = withoutSigner[1..^1].Trim(); // a number set in brackets under the title: ( 示府发〔2003〕37号 )
        }
        if (r.DocumentNumber is not null || withoutSigner.Length is not (> 0 and <= 40))
        {
            return false;
        }
        var parsed = DocumentNumberParser.Parse(withoutSigner);
        if (parsed.Value is { } n)
        {
            r.DocumentNumber = new(n.Normalized, r.IssuerMark is not null ? 0.97 : 0.85, lines[i].Index, t);
            r.Warnings.AddRange(parsed.Warnings.Select(w => w with { Message = $"发文字号：{w.Message}" }));
            // 通告/公告 layout: the title stands above the number. A web page's own title above it (the same words
            // with the site's additions, the carried document's title, a line with the number) is the page's.
            while (preNumber.Count > 1 && (IsPageTitle(preNumber[0].Text, JoinTitle(preNumber.Skip(1))) || IsHeadingAbove(preNumber[0].Text, preNumber.Skip(1).ToList())))
            {
                preNumber.RemoveAt(0);
            }
            var before = JoinTitle(preNumber);
            if (r.IssuerMark is null && preNumber.Count is > 0 and <= 5 && IsCompleteTitle(before) && !TitleFollows(lines, i + 1))
            {
                r.Title = new(JoinTitle(preNumber), 0.9, preNumber[0].Index, string.Join(" / ", preNumber.Select(l => l.Text)));
            }
            return true;
        }
        // Right-aligned joint numbers or numbers set off with spaces: the only citation on a short line.
        var found = DocumentNumberParser.FindAll(withoutSigner);
        if (found.Count == 1 && found[0].Length >= withoutSigner.Replace(" ", "", StringComparison.Ordinal).Length - 2)
        {
            r.DocumentNumber = new(found[0].Number.Normalized, 0.8, lines[i].Index, t);
            return true;
        }
        return false;
    }

    /// <summary>The title: one to three lines, up to the recipients line or the first body line.</summary>
    private static void ReadTitle(Reading c)
    {
        var r = c.Result;
        if (r.Title is null && TitleAboveRecipients(c) is { Count: > 0 } above)
        {
            var text = JoinTitle(above);
            r.Title = new(text, text.Contains("关于", StringComparison.Ordinal) ? 0.9 : 0.8, above[0].Index, string.Join(" / ", above.Select(l => l.Text)));
            c.Pos = c.Lines.IndexOf(above[^1]) + 1;
            return;
        }
        var titleLines = new List<Line>();
        while (r.Title is null && !c.AtEnd && titleLines.Count < 4)
        {
            var t = c.Current.Text;
            // A decree's announcement broken over lines (《…》已经…市政 / 府常务会议通过，现予公布) is not a title.
            var announcement = t.StartsWith('《') && t.Contains("已经", StringComparison.Ordinal) || t.StartsWith("现发布", StringComparison.Ordinal);
            if (EndsWithColon(t) || IsHeading(t) > 0 || t.EndsWith('。') || TooLongForTitle(t) || BracketedDate().IsMatch(t) || c.Current.InTable || announcement)
            {
                break;
            }
            if (titleLines.Count > 0 && IsCompleteTitle(string.Concat(titleLines.Select(l => l.Text))) && !ContinuesTitle(t))
            {
                break;
            }
            titleLines.Add(c.Current);
            c.Pos++;
        }
        if (titleLines.Count == 0)
        {
            return;
        }
        var title = JoinTitle(titleLines);
        // A web page's title line that carries the number: …的通知(示办发〔2017〕2号).
        if (r.DocumentNumber is null && TitleWithNumber().Match(title) is { Success: true } tn && IsCompleteTitle(tn.Groups["t"].Value)
            && DocumentNumberParser.Parse(tn.Groups["n"].Value.Trim()).Value is { } inTitle)
        {
            title = tn.Groups["t"].Value.TrimEnd();
            var last = titleLines[^1];
            r.DocumentNumber = new(inTitle.Normalized, 0.85, last.Index, last.Text);
        }
        if (IsCompleteTitle(title) || title.Contains("关于", StringComparison.Ordinal))
        {
            r.Title = new(title, IsCompleteTitle(title) && title.Contains("关于", StringComparison.Ordinal) ? 0.95 : 0.8, titleLines[0].Index, string.Join(" / ", titleLines.Select(l => l.Text)));
        }
        else if (titleLines.Count == 1 && title.Length <= 40)
        {
            r.Title = new(title, 0.5, titleLines[0].Index, title);
            r.Warnings.Add(Issue.Warn("title", "uncertain", "标题不以文种结尾，请核对", "The title does not end with a document kind; please check."));
        }
        else
        {
            c.Pos -= titleLines.Count; // not a title: these lines are read again as body
        }
    }

    /// <summary>
    /// When lines the page left stand between the reading position and the recipients (按钮, 页面宽度, a page title with
    /// 修订 in brackets), the title is the block of lines right above the recipients: read upwards while the lines are
    /// title-like, stopping at a line that is a title of its own or the page's heading.
    /// </summary>
    private static List<Line> TitleAboveRecipients(Reading c)
    {
        var lines = c.Lines;
        var recipientsAt = -1;
        for (var k = c.Pos; k < Math.Min(lines.Count, c.Pos + 12); k++)
        {
            var t = lines[k].Text;
            if (t.EndsWith('。') || t.Length > 120)
            {
                break;
            }
            if (EndsWithColon(t) && LooksLikeRecipients(t) && !IsOpeningSentence(t) && !AttachmentStart().IsMatch(t))
            {
                recipientsAt = k;
                break;
            }
        }
        if (recipientsAt - c.Pos < 3)
        {
            return []; // a title of one or two lines right above the recipients: the usual reading finds it
        }
        var block = new List<Line>();
        for (var k = recipientsAt - 1; k >= c.Pos && block.Count < 4; k--)
        {
            var t = lines[k].Text;
            var joined = JoinTitle(block);
            if (TooLongForTitle(t) || t.EndsWith('。') || EndsWithColon(t) || IsDateLine(t, out _) || DocumentNumberParser.FindAll(t).Count > 0 || lines[k].InTable)
            {
                break;
            }
            if (block.Count > 0 && (IsCompleteTitle(t) || IsPageTitle(t, joined) || LooksLikeAgency(t) && !StartsWithGuanyu(joined)))
            {
                break;
            }
            if (block.Count > 0 && IsCompleteTitle(joined) && (HasGuanyu(block[0].Text) && !LooksLikeAgency(t) && !t.EndsWith('的') || LooksLikeAgency(block[0].Text)))
            {
                break; // the block is a whole title already: 关于… (with its agency line above, when there is one)
            }
            block.Insert(0, lines[k]);
        }
        return block.Count > 0 && IsCompleteTitle(JoinTitle(block)) && !ContinuesTitle(block[0].Text) ? block : [];
    }

    [GeneratedRegex(@"^(?<a>[^（）()]{2,30}令)[（(](?:[一二三四五六七八九十]{1,3}届)?第(?<n>[0-9０-９]{1,4})号[）)]$")]
    private static partial Regex BracketedDecree();

    [GeneratedRegex(@"^(?<t>.{4,}?)\s*[（(]\s*(?<n>[^（）()]{4,40}号)\s*[）)]$")]
    private static partial Regex TitleWithNumber();

    /// <summary>A date in brackets under the title, e.g. （2020年8月14日市人民政府第12次常务会议通过）.</summary>
    private static void ReadTitleNote(Reading c)
    {
        if (!c.AtEnd && BracketedDate().IsMatch(c.Current.Text))
        {
            c.Result.TitleNote = new(c.Current.Text.Trim('（', '）', '(', ')'), 0.9, c.Current.Index, c.Current.Text);
            c.Pos++;
        }
    }

    /// <summary>
    /// A rule's promulgation line under its title, bracketed or not (2022年4月14日示例市人民政府令第56号公布, 根据…修订
    /// may follow): the rule is known by the decree that first promulgated it, issued by that decree's agency on
    /// that date. Read only when the document has no 发文字号 of its own.
    /// </summary>
    private static void ReadPromulgation(Reading c)
    {
        var r = c.Result;
        if (r.DocumentNumber is not null || c.AtEnd && r.TitleNote is null)
        {
            return;
        }
        // A bracketed note was read already (ReadTitleNote); otherwise the line under the title.
        var fromNote = r.TitleNote is not null;
        var line = fromNote ? c.Lines.First(l => l.Index == r.TitleNote!.Line) : c.Current;
        var text = fromNote ? r.TitleNote!.Value : line.Text;
        var m = Promulgation().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (!m.Success || !ChineseDate.TryParse(m.Groups["date"].Value, out var date)
            || DocumentNumberParser.Parse(m.Groups["num"].Value).Value is not { Kind: DocumentNumberKind.Decree } decree)
        {
            return;
        }
        r.DocumentNumber = new(decree.Normalized, 0.85, line.Index, line.Text);
        r.TitleNote ??= new(line.Text.Trim('（', '）', '(', ')'), 0.85, line.Index, line.Text);
        r.SignedDate ??= new(date, 0.85, line.Index, line.Text);
        var issuer = m.Groups["num"].Value;
        issuer = issuer[..issuer.LastIndexOf('令')];
        if (r.IssuerMark is null && issuer.Length >= 2)
        {
            r.IssuerMark = new(issuer, 0.8, line.Index, line.Text);
        }
        if (!fromNote)
        {
            c.Pos++;
        }
    }

    /// <summary>
    /// A rule copied without its header names its agency under the title, alone or with the date (1990年3月10日，示例部;
    /// 示例部 1990年3月10日): the 发文机关标志, and the 成文日期 when dated. Not when the agency and the date stand on
    /// two lines, which is a signature.
    /// </summary>
    private static void ReadIssuerUnderTitle(Reading c)
    {
        var r = c.Result;
        if (c.AtEnd || r.Title is null)
        {
            return;
        }
        var t = c.Current.Text;
        if (DateAndAgency().Match(t) is { Success: true } m && ChineseDate.TryParse(m.Groups["date"].Value, out var date) && LooksLikeAgency(m.Groups["a"].Value))
        {
            r.IssuerMark ??= new(m.Groups["a"].Value.Trim(), 0.75, c.Current.Index, t);
            r.SignedDate ??= new(date, 0.75, c.Current.Index, t);
            if (r.IssuerMark.Line != c.Current.Index && r.SignedDate.Line != c.Current.Index)
            {
                r.Notes.Add(new KeptNote(t, c.Current.Index));
            }
            c.Pos++;
            return;
        }
        if (r.IssuerMark is { } mark)
        {
            if (t.Replace(" ", "", StringComparison.Ordinal) == mark.Value && mark.Line != c.Current.Index)
            {
                r.Notes.Add(new KeptNote(t, c.Current.Index)); // a legal database prints the agency again under the last copy of the title
                c.Pos++;
            }
            return;
        }
        if (LooksLikeAgency(t) && !(c.Pos + 1 < c.Lines.Count && IsDateLine(c.Lines[c.Pos + 1].Text, out _)))
        {
            r.IssuerMark = AgencyMark(c.Current, 0.7);
            c.Pos++;
        }
    }

    /// <summary>An agency line read as the 发文机关标志 (spaces between joint agencies dropped).</summary>
    private static Extracted<string> AgencyMark(Line line, double confidence) =>
        new(line.Text.Replace(" ", "", StringComparison.Ordinal), confidence, line.Index, line.Text);

    [GeneratedRegex(@"^[（(]?\s*(?:(?<date>[0-9０-９〇零一二三四五六七八九○]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)\s*[,，、 ]\s*(?<a>[^,，、()（）]{3,40}?)|(?<a>[^,，、()（）0-9]{3,40}?)\s*[,，、 ]\s*(?<date>[0-9０-９〇零一二三四五六七八九○]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日))\s*[）)]?$")]
    private static partial Regex DateAndAgency();

    [GeneratedRegex(@"^[（(]?(?<date>[0-9０-９〇零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)(?<num>[^，。；（）()]{2,40}?令第[0-9０-９]+号)(?:公布|发布)")]
    private static partial Regex Promulgation();

    /// <summary>A decree without a title announces the rule it publishes: 《…》已经…通过，现予公布.</summary>
    private static void ReadTitleFromDecree(Reading c)
    {
        var r = c.Result;
        if (r.Title is null && r.DocumentNumber is null && !c.AtEnd && c.Current.Text.StartsWith('《') && DecreeAnnouncement().IsMatch(c.Current.Text)
            && TitleCitation().Match(c.Current.Text) is { Success: true, Index: 0 } first)
        {
            // A rule or decision copied without its decree heading starts with its announcement: 《…》已经…通过，现予公布.
            r.Title = new(first.Groups[1].Value, 0.75, c.Current.Index, c.Current.Text);
            return;
        }
        if (r.Title is null && r.DocumentNumber is { } dn && dn.Value.Contains('令'))
        {
            // 《…》已经…通过，现予公布 / 现发布《…》 / …现予发布施行, on one line or broken over several before the signature.
            var next = c.Lines.Skip(c.Pos).Take(4).TakeWhile(l => !IsDateLine(l.Text, out _) && !Signatory().IsMatch(l.Text)).ToList();
            for (var k = 0; k < next.Count; k++)
            {
                var joined = string.Concat(next.Skip(k).Select(l => l.Text));
                if (DecreeAnnouncement().Match(joined) is { Success: true } verb && TitleCitation().Match(joined) is { Success: true } ann && ann.Index < 40)
                {
                    var from = next[k];
                    var end = Math.Max(ann.Index + ann.Length, verb.Index + verb.Length);
                    var sourceLines = next.Skip(k).TakeWhile((l, n) => string.Concat(next.Skip(k).Take(n).Select(x => x.Text)).Length < end).ToList();
                    r.Title = new(ann.Groups[1].Value, 0.85, from.Index, string.Join(" / ", sourceLines.Select(l => l.Text)));
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"现予(?:公布|发布)|现发布|予以(?:公布|发布)|公布施行|发布施行")]
    private static partial Regex DecreeAnnouncement();

    /// <summary>
    /// For a 印发/转发/批转 wrapper (关于转发《…》的通知, …的函, …的意见): the title of the document it carries. A decree
    /// carries the rule it promulgates: when that rule's title stands again after the decree, it is the carried title.
    /// </summary>
    private static void ReadAttachedTitle(Reading c)
    {
        var r = c.Result;
        if (r.DocumentNumber is { } dn && dn.Value.Contains('令') && r.Title is { } ruleTitle && DecreeAnnouncement().IsMatch(ruleTitle.Source.Replace(" / ", "", StringComparison.Ordinal))
            && c.Lines.Skip(c.Pos + 1).FirstOrDefault(l => l.Text == ruleTitle.Value) is { } rule)
        {
            r.AttachedTitle = new(ruleTitle.Value, 0.95, rule.Index, rule.Text);
            return;
        }
        if (r.Title is { } tt && IssueWrapper().Match(tt.Value) is { Success: true } wrap)
        {
            var attached = wrap.Groups["t"].Value;
            var again = c.Lines.Skip(c.Pos).FirstOrDefault(l => l.Text == attached);
            r.AttachedTitle = new(attached, again is null ? 0.85 : 0.95, again?.Index ?? tt.Line, again?.Text ?? tt.Value);
        }
    }

    /// <summary>主送机关: a line ending with a colon right after the title.</summary>
    private static void ReadMainRecipients(Reading c)
    {
        if (c.AtEnd)
        {
            return;
        }
        var t = c.Current.Text;
        // Some copies end the recipients with a semicolon (各县市区人民政府，市人民政府各工作部门；).
        var recipientsWithSemicolon = (t.EndsWith('；') || t.EndsWith(';')) && t.StartsWith('各') && !t.Contains('。');
        if ((EndsWithColon(t) || recipientsWithSemicolon) && !AttachmentStart().IsMatch(t) && t.Length <= 120 && !IsOpeningSentence(t))
        {
            c.Result.MainRecipients = new(t.TrimEnd('：', ':', '∶', '；', ';'), 0.9, c.Current.Index, t);
            c.Pos++;
        }
        else if (RecipientsWithoutColon(t) && c.Pos + 1 < c.Lines.Count && !RecipientsWithoutColon(c.Lines[c.Pos + 1].Text))
        {
            // A copy that lost the colon: a list of organs (各…，…各部门) standing alone before the first sentence.
            c.Result.MainRecipients = new(t.TrimEnd('，', ','), 0.7, c.Current.Index, t);
            c.Pos++;
        }
    }

    /// <summary>
    /// Recipients whose colon was lost: a line of up to 80 characters that starts with 各 (or names one organ), holds no
    /// sentence (no 。 ！ ？ or verb of a notice: 为 现 经 根据 按照…), and every part of it, split at ， 、 and spaces,
    /// ends like an organ or a group of organs (人民政府, 各部门, 各单位, 各直属机构…).
    /// </summary>
    private static bool RecipientsWithoutColon(string t)
    {
        if (t.Length is < 3 or > 80 || !t.StartsWith('各') || t.IndexOfAny(['。', '！', '？', '：', ':']) >= 0 || IsOpeningSentence(t))
        {
            return false;
        }
        var parts = t.Split(['，', ',', '、', ' ', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p => RecipientPart().IsMatch(p));
    }

    [GeneratedRegex(@"(?:人民政府|政府|委员会|委|办|厅|局|部|署|院|会|室|中心|单位|机构|部门|组织|学校|企业|街道|乡镇|镇|乡|社区|公司|集团|团体|党组|党委|区|县|市|旗|州|盟)$")]
    private static partial Regex RecipientPart();

    /// <summary>
    /// The closing: the first 发文机关署名 + 成文日期 pair after the start of the body (for a 印发 notice that is the
    /// notice's own signature; the issued document follows it).
    /// </summary>
    private static void ReadSignature(Reading c)
    {
        var (lines, r) = (c.Lines, c.Result);
        var sawDate = false;
        for (var i = c.BodyStart; i < lines.Count; i++)
        {
            if (!IsDateLine(lines[i].Text, out var date))
            {
                // The agency and the date on one line (示例市人民政府　2024年1月21日), as some pages set the signature —
                // unless a date line came first (then this is a carried document's, read later).
                if (!sawDate && lines[i].Text.Length <= 60 && DateAndAgency().Match(lines[i].Text.Trim()) is { Success: true } one && LooksLikeAgency(one.Groups["a"].Value)
                    && ChineseDate.TryParse(one.Groups["date"].Value, out var oneDate) && i > c.BodyStart)
                {
                    r.Issuers = new(SplitAgencies(one.Groups["a"].Value).ToList(), 0.9, lines[i].Index, lines[i].Text);
                    r.SignedDate = new(oneDate, 0.9, lines[i].Index, lines[i].Text);
                    c.SignatureAt = lines[i].Index;
                    return;
                }
                continue;
            }
            sawDate = true;
            var issuers = new List<Line>();
            for (var j = i - 1; j >= c.BodyStart && issuers.Count < 4 && LooksLikeAgency(lines[j].Text); j--)
            {
                issuers.Insert(0, lines[j]);
            }
            if (issuers.Count > 0)
            {
                r.Issuers = new(issuers.SelectMany(l => SplitAgencies(l.Text)).ToList(), 0.95, issuers[0].Index, string.Join(" / ", issuers.Select(l => l.Text)));
                r.SignedDate = new(date, 0.95, lines[i].Index, lines[i].Text);
                c.SignatureAt = issuers[0].Index;
                return;
            }
            // A decree or an order is signed by its head (市长 张三) instead of the agency's name; copies on legal
            // databases often keep the office alone (省长).
            if (i - 1 >= c.BodyStart && Signatory().IsMatch(lines[i - 1].Text))
            {
                r.Signatory = new(lines[i - 1].Text, 0.9, lines[i - 1].Index, lines[i - 1].Text);
                r.SignedDate = new(date, 0.95, lines[i].Index, lines[i].Text);
                c.SignatureAt = lines[i - 1].Index;
                return;
            }
        }
    }

    /// <summary>Without a signature block: the 成文日期 and 发文机关 from what the document does have.</summary>
    private static void InferMissingSignature(Reading c)
    {
        var r = c.Result;
        if (r.SignedDate is null)
        {
            // No signature block (工作要点 and similar): a date standing alone at the end.
            var last = c.Lines.Skip(c.BodyStart).Where(l => IsDateLine(l.Text, out _)).LastOrDefault();
            if (last is not null && IsDateLine(last.Text, out var d))
            {
                r.SignedDate = new(d, 0.75, last.Index, last.Text);
                c.SignatureAt = last.Index;
            }
        }
        if (r.SignedDate is null && r.TitleNote is { } note && ChineseDate.FindAll(note.Value).FirstOrDefault() is { Length: > 0 } noteDate)
        {
            // 成文日期 of a rule passed at a meeting is the date of the meeting (党政机关公文处理工作条例).
            r.SignedDate = new(noteDate.Date, 0.7, note.Line, note.Source);
        }
        if (r.Issuers is null && r.IssuerMark is { } mark)
        {
            r.Issuers = new(mark.Value.Split('、').ToList(), 0.7, mark.Line, mark.Source);
        }
    }

    /// <summary>附件说明 (附件：1．… 2．…) before the signature.</summary>
    private static void ReadAttachmentNote(Reading c)
    {
        var lines = c.Lines;
        bool BeforeSignature(Line l) => c.SignatureAt < 0 || l.Index < c.SignatureAt;
        for (var i = c.BodyStart; i < lines.Count && c.Result.Attachments is null; i++)
        {
            if (AttachmentStart().Match(lines[i].Text) is not { Success: true } am || !BeforeSignature(lines[i]))
            {
                continue;
            }
            var items = new List<string>();
            var first = am.Groups[1].Value.Trim();
            if (first.Length > 0)
            {
                items.Add(NumberedItem().Match(first) is { Success: true } nm ? nm.Groups[1].Value.Trim() : first);
            }
            for (var j = i + 1; j < lines.Count && NumberedItem().Match(lines[j].Text) is { Success: true } more && BeforeSignature(lines[j]); j++)
            {
                items.Add(more.Groups[1].Value.Trim());
            }
            if (items.Count > 0)
            {
                c.Result.Attachments = new(items, 0.9, lines[i].Index, string.Join("\n", lines.Skip(i).Take(items.Count + (first.Length > 0 ? 0 : 1)).Select(l => l.Text)));
            }
        }
    }

    /// <summary>抄送: the first 抄送 line and the lines that continue its list.</summary>
    private static void ReadCopyTo(Reading c)
    {
        var lines = c.Lines;
        for (var i = c.BodyStart; i < lines.Count; i++)
        {
            var t = lines[i].Text;
            if (CopyTo().Match(t) is not { Success: true } cm)
            {
                continue;
            }
            var value = cm.Groups[1].Value.Trim();
            var source = t;
            for (var j = i + 1; j < lines.Count && !Printed().IsMatch(lines[j].Text) && !Separator().IsMatch(lines[j].Text) && !lines[j].Text.EndsWith("印发", StringComparison.Ordinal) && value.Length < 300; j++)
            {
                if (LooksLikeContinuation(lines[j].Text))
                {
                    value += lines[j].Text;
                    source += "\n" + lines[j].Text;
                }
                else
                {
                    break;
                }
            }
            c.Result.CopyTo = new(value.TrimEnd('。'), 0.9, lines[i].Index, source);
            return;
        }
    }

    /// <summary>印发机关和印发日期: the last “… 年月日印发” line.</summary>
    private static void ReadPrinted(Reading c)
    {
        foreach (var l in c.Lines.Skip(c.BodyStart))
        {
            if (Printed().Match(l.Text) is { Success: true } pm && ChineseDate.TryParse(pm.Groups[2].Value, out var printedDate))
            {
                c.Result.PrintedBy = new(pm.Groups[1].Value.Trim(), 0.9, l.Index, l.Text);
                c.Result.PrintedDate = new(printedDate, 0.9, l.Index, l.Text);
            }
        }
    }

    /// <summary>公开方式: the first 此件… marker, e.g. （此件公开发布）.</summary>
    private static void ReadDisclosureMarker(Reading c)
    {
        foreach (var l in c.Lines.Skip(c.BodyStart))
        {
            if (DisclosureMarker.Match(l.Text) is { Success: true } dm)
            {
                var word = dm.Groups[1].Value;
                var attr = DisclosureNames.TryParseAttribute(word, out var named) ? named : ImporterOnlyMarkers[word];
                c.Result.Disclosure = new(attr, 0.95, l.Index, l.Text);
                return;
            }
        }
    }

    /// <summary>Body: paragraphs between the start and the signature, without 附件说明 lines, with heading levels.</summary>
    private static void ReadBody(Reading c)
    {
        var lines = c.Lines;
        var bodyEnd = c.SignatureAt >= 0 ? c.SignatureAt : (lines.FirstOrDefault(l => l.Index > (lines.ElementAtOrDefault(c.BodyStart)?.Index ?? 0) && (CopyTo().IsMatch(l.Text) || Printed().IsMatch(l.Text)))?.Index ?? int.MaxValue);
        var inAttachmentList = false;
        foreach (var l in lines.Skip(c.BodyStart).Where(l => l.Index < bodyEnd))
        {
            if (AttachmentStart().IsMatch(l.Text))
            {
                inAttachmentList = true;
                continue;
            }
            if (inAttachmentList && NumberedItem().IsMatch(l.Text))
            {
                continue;
            }
            inAttachmentList = false;
            if (IsDisclosureLine(l.Text))
            {
                continue;
            }
            c.Result.Body.Add(new BodyParagraph(l.Text, IsHeading(l.Text), l.Index));
        }
    }

    /// <summary>For a 印发 notice, the issued document after the signature is body text as well.</summary>
    private static void ReadIssuedDocument(Reading c)
    {
        var r = c.Result;
        if (r.AttachedTitle is null || c.SignatureAt < 0)
        {
            return;
        }
        foreach (var l in c.Lines.Where(l => l.Index > (r.SignedDate?.Line ?? c.SignatureAt) && !CopyTo().IsMatch(l.Text) && !Printed().IsMatch(l.Text) && !Separator().IsMatch(l.Text) && !IsDisclosureLine(l.Text)))
        {
            if (r.CopyTo is { } copyTo && l.Index >= copyTo.Line)
            {
                break;
            }
            r.Body.Add(new BodyParagraph(l.Text, IsHeading(l.Text), l.Index));
        }
    }

    /// <summary>
    /// The carried document's own signature (its 发文机关 and date after its text), kept apart from the wrapper's:
    /// the wrapper's issuer and date are the document's.
    /// </summary>
    private static void ReadCarriedSignature(Reading c)
    {
        var r = c.Result;
        if (r.AttachedTitle is null || r.SignedDate is not { } wrapperDate)
        {
            return;
        }
        var lines = c.Lines;
        var from = lines.FindIndex(l => l.Index > wrapperDate.Line); // the carried document follows the wrapper's date
        for (var i = Math.Max(from, 0); i < lines.Count && from >= 0; i++)
        {
            if (!IsDateLine(lines[i].Text, out var date))
            {
                continue;
            }
            var issuers = new List<Line>();
            for (var j = i - 1; j >= from && issuers.Count < 4 && LooksLikeAgency(lines[j].Text); j--)
            {
                issuers.Insert(0, lines[j]);
            }
            if (issuers.Count > 0)
            {
                r.CarriedIssuers = new(issuers.SelectMany(l => SplitAgencies(l.Text)).ToList(), 0.85, issuers[0].Index, string.Join(" / ", issuers.Select(l => l.Text)));
                r.CarriedSignedDate = new(date, 0.85, lines[i].Index, lines[i].Text);
            }
        }
    }

    /// <summary>
    /// Keeps every line the steps above did not place, so no word of the source is lost: a line of the front matter
    /// (a red-header ornament, 份号, a separator) as a kept note; a line after it in the body, in its place — the
    /// regulation a decree promulgates, the document a 转发/批转 notice carries, an attachment's full text and
    /// anything else after the signature. The result's <see cref="ExtractionResult.Account"/> counts it.
    /// </summary>
    private static void KeepEveryLine(Reading c)
    {
        var r = c.Result;
        static string Squash(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));
        var placed = r.Body.Select(b => b.Line).ToHashSet();
        // A field holds the lines its source text was read from: from its first line, as long as the text so far is
        // part of the field's source (a title over two lines, a 附件说明 list, a 抄送 list that continues).
        foreach (var (line, source) in r.FieldSourceLines())
        {
            var text = Squash(source.Replace(" / ", "", StringComparison.Ordinal)); // a source over several lines is joined with " / "
            var read = "";
            foreach (var l in c.Lines.SkipWhile(l => l.Index < line))
            {
                var next = read + Squash(l.Text);
                if (next.Length == read.Length || !text.Contains(next, StringComparison.Ordinal))
                {
                    break;
                }
                read = next;
                placed.Add(l.Index);
            }
        }
        var frontMatterEnd = c.Lines.ElementAtOrDefault(c.BodyStart)?.Index ?? int.MaxValue;
        var kept = 0;
        foreach (var l in c.Lines.Where(l => !placed.Contains(l.Index)))
        {
            if (l.Index < frontMatterEnd || Separator().IsMatch(l.Text) || IsDisclosureLine(l.Text))
            {
                r.Notes.Add(new KeptNote(l.Text, l.Index));
            }
            else
            {
                r.Body.Add(new BodyParagraph(l.Text, IsHeading(l.Text), l.Index));
                kept++;
            }
        }
        if (kept > 0)
        {
            r.Body.Sort((a, b) => a.Line.CompareTo(b.Line));
        }
        SplitAttachmentTexts(c);
        if (kept > 0)
        {
            if (r.Body.Any(b => b.Line > c.SignatureAt && c.SignatureAt >= 0 && !placed.Contains(b.Line)))
            {
                r.Warnings.Add(Issue.Warn("body", "kept-after-signature", "署名之后的文字（所附文件、条例正文或附件全文等）已保留在正文中，请核对",
                    "Text after the signature (a carried document, a regulation, an attachment's full text) was kept in the body; please check."));
            }
        }
    }

    /// <summary>
    /// An attachment's full text after the signature (附件1 / its title / its text, up to the next 附件N) is the
    /// attachment's, not the body's: moved out of the body into <see cref="ExtractionResult.AttachmentTexts"/>.
    /// </summary>
    private static void SplitAttachmentTexts(Reading c)
    {
        var r = c.Result;
        if (c.SignatureAt < 0)
        {
            return;
        }
        string? label = null, title = null;
        var labelLine = -1;
        var paragraphs = new List<BodyParagraph>();
        var moved = new HashSet<int>();
        void Close()
        {
            if (label is not null)
            {
                r.AttachmentTexts.Add(new AttachmentText(label, title, paragraphs.ToList(), labelLine));
            }
            paragraphs.Clear();
        }
        foreach (var b in r.Body.Where(b => b.Line > c.SignatureAt))
        {
            if (AttachmentLabel().Match(b.Text) is { Success: true } m)
            {
                Close();
                var t = m.Groups["t"];
                (label, title, labelLine) = t.Success ? (b.Text[..t.Index].Trim(), t.Value.Trim(), b.Line) : (b.Text, null, b.Line);
                moved.Add(b.Line);
                continue;
            }
            if (label is null)
            {
                continue;
            }
            if (title is null && paragraphs.Count == 0 && b.Text.Length <= 60 && !b.Text.EndsWith('。') && IsHeading(b.Text) == 0)
            {
                title = b.Text;
            }
            else
            {
                paragraphs.Add(b);
            }
            moved.Add(b.Line);
        }
        Close();
        r.Body.RemoveAll(b => moved.Contains(b.Line));
    }

    // 市长 张三, 市长张三, 市长：张 三, 示例省省长 张三, 中华人民共和国主席 张三, or the office alone.
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{0,14}?)(?:总\s*理|主\s*席|省\s*长|市\s*长|区\s*长|县\s*长|州\s*长|旗\s*长|盟\s*长|部\s*长|主\s*任|局\s*长|厅\s*长|署\s*长|行\s*长|委\s*员\s*长|代\s*理\s*\S{1,3}长)(?:\s*[:：]?\s*[\p{IsCJKUnifiedIdeographs}](?:\s?[\p{IsCJKUnifiedIdeographs}·]){1,4})?$")]
    private static partial Regex Signatory();

    // 附件1 / 附件 1 / 附件一 / 附件, alone or with the title after a colon (附件2：任务分工表).
    [GeneratedRegex(@"^附\s*件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[:：]\s*(?<t>\S.{0,59}))?$")]
    private static partial Regex AttachmentLabel();

    /// <summary>
    /// What the document decides: its own force (自…起施行, 有效期…) and what it abolishes, declares invalid or
    /// revises (Core's <see cref="GovOpen.Core.Validity.AmendmentDetector"/>), from the whole body — a decree's
    /// regulation and an attachment included. The document's own number is never a target.
    /// </summary>
    private static void ReadDecisions(Reading c)
    {
        var r = c.Result;
        var body = string.Join("\n", r.Body.Select(b => b.Text));
        r.Terms = GovOpen.Core.Validity.EffectiveTerms.Find(body);
        // An attachment printed after the signature (a catalogue of the documents a 决定 abolishes) decides too.
        body = string.Join("\n", new[] { body }.Concat(r.AttachmentTexts.SelectMany(a => a.Texts())));
        var own = GovOpen.Core.Documents.DocumentNumber.TryParse(r.DocumentNumber?.Value, out var n) ? n!.Normalized : null;
        r.Decides.AddRange(GovOpen.Core.Validity.AmendmentDetector.Detect(body).Where(d => own is null || d.TargetDocumentNumber != own));
    }

    /// <summary>文号 and 《titles》 cited in the body (not the document's own number).</summary>
    private static void FindCitations(Reading c)
    {
        var r = c.Result;
        var bodyText = string.Join("\n", r.Body.Select(b => b.Text));
        foreach (var n in DocumentNumberParser.FindDistinct(bodyText))
        {
            if (n != r.DocumentNumber?.Value)
            {
                r.CitedNumbers.Add(n);
            }
        }
        foreach (Match m in TitleCitation().Matches(bodyText))
        {
            if (!r.CitedTitles.Contains(m.Groups[1].Value))
            {
                r.CitedTitles.Add(m.Groups[1].Value);
            }
        }
    }

    /// <summary>Consistency warnings, then one warning per field that was not found.</summary>
    private static void AddWarnings(Reading c)
    {
        var r = c.Result;
        if (r.DocumentNumber is { } num && r.SignedDate is { } sd && DocumentNumber.TryParse(num.Value, out var parsedNum) && parsedNum!.Year is { } y && y != sd.Value.Year)
        {
            r.Warnings.Add(Issue.Warn("documentNumber", "year-mismatch", $"发文字号年份{y}与成文日期年份{sd.Value.Year}不一致，请核对", $"The number's year {y} differs from the signing year {sd.Value.Year}."));
        }
        if (r.PrintedDate is { } pd && r.SignedDate is { } sd2 && pd.Value < sd2.Value)
        {
            r.Warnings.Add(Issue.Warn("printedDate", "before-signed", "印发日期早于成文日期，请核对", "The printing date is before the signing date."));
        }
        foreach (var missing in r.Missing)
        {
            r.Warnings.Add(Issue.Warn(missing, "missing", $"未找到{FieldName(missing)}", $"{missing} not found."));
        }
    }

    /// <summary>A short line that is only the 公开方式 marker; it is not body text.</summary>
    private static bool IsDisclosureLine(string t) => DisclosureMarker.IsMatch(t) && t.Length < 20;

    private static string FieldName(string field) => field switch
    {
        "title" => "标题",
        "documentNumber" => "发文字号",
        "issuer" => "发文机关署名",
        "signedDate" => "成文日期",
        "mainRecipients" => "主送机关",
        "disclosure" => "公开方式（如“此件公开发布”）",
        _ => field,
    };

    [GeneratedRegex(@"^第\s*[0-9０-９]+\s*号$")]
    private static partial Regex DecreeNumberLine();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}) +(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenHan();

    /// <summary>Title lines joined; spaces between Chinese characters are layout (joint issuers), not text.</summary>
    private static string JoinTitle(IEnumerable<Line> lines)
    {
        var t = SpaceBetweenHan().Replace(string.Concat(lines.Select(l => l.Text)), "").Trim().TrimEnd('|').TrimEnd();
        // A page that prints the title as a citation (《示例市人民政府关于…的通知》) wraps the whole of it.
        return t.Length > 4 && t[0] == '《' && t[^1] == '》' && t.IndexOf('》') == t.Length - 1 ? t[1..^1] : t;
    }

    /// <summary>
    /// A paragraph's text as read: control characters dropped, and web artefacts of documents copied from a site
    /// (&amp;nbsp; and other HTML entities left as text) decoded, so a signature line ending in &amp;nbsp; is still a
    /// signature. Entities are markup, not words: the text account counts the decoded text.
    /// </summary>
    private static string Clean(string s)
    {
        var t = ChineseText.StripControl(s);
        if (t.Contains('&'))
        {
            t = HtmlEntity().Replace(t, m => System.Net.WebUtility.HtmlDecode(m.Value));
        }
        return t.Replace('\u3000', ' ').Replace('\u00A0', ' ').Replace('\u2002', ' ').Replace('\u2003', ' ').Replace('\t', ' ').Trim();
    }

    [GeneratedRegex(@"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});?")]
    private static partial Regex HtmlEntity();

    /// <summary>A 发文机关标志 line: one or more agency names followed by 文件 (not a title line that ends in 文件).</summary>
    private static bool IsRedHeaderLine(string t)
    {
        if (t.Length is <= 2 or > 60 || !t.EndsWith("文件", StringComparison.Ordinal) || t.Contains('，') || t.Contains('。') || t.Contains("关于", StringComparison.Ordinal))
        {
            return false;
        }
        var agencies = t[..^2].Trim();
        return LooksLikeAgency(agencies) || agencies.Length <= 20 && !agencies.Contains('的') && !agencies.Contains('性');
    }

    // "为…，现就…通告如下：" ends with a colon but opens the body; recipients are a list of organs.
    private static bool IsOpeningSentence(string t) =>
        t.Contains("如下", StringComparison.Ordinal) || t.StartsWith('为') || t.StartsWith("根据", StringComparison.Ordinal) || t.StartsWith("按照", StringComparison.Ordinal) || t.StartsWith('经');

    private static bool EndsWithColon(string s) => s.EndsWith('：') || s.EndsWith(':') || s.EndsWith('∶');

    // 各区人民政府，市政府各部门： — not a web page's "页面宽度(px):".
    private static bool LooksLikeRecipients(string t) =>
        t.Contains('各') || t.Contains('、') || t.Contains('，') || t.Contains(',') || LooksLikeAgency(t.TrimEnd('：', ':'));

    private static bool IsCompleteTitle(string t) => GenreEndings.Any(g => t.EndsWith(g, StringComparison.Ordinal));

    // A second title line usually starts mid-phrase: with 的, or it completes a genre word.
    private static bool ContinuesTitle(string next) => next.StartsWith('的') || next.Length <= 6 && GenreEndings.Any(g => next.EndsWith(g, StringComparison.Ordinal))
        || next.Length <= 30 && next[0] is '(' or '（' && next.Contains('的') && IsCompleteTitle(next); // （2024—2026年）的通知

    /// <summary>1 for 第一章 and 一、, 2 for 第一节 and （一）, 3 for 1. / 1．, 4 for (1) / （1）; 0 for text.</summary>
    internal static int IsHeading(string t)
    {
        // A rule's 第一章 总则 and 第一节 …: chapters and sections (its 第一条 articles are text).
        if (Regex.IsMatch(t, @"^第\s*[一二三四五六七八九十百零〇]{1,4}\s*章") && t.Length <= 24 && !t.Contains('，') && !t.Contains('。'))
        {
            return 1;
        }
        if (Regex.IsMatch(t, @"^第\s*[一二三四五六七八九十百零〇]{1,4}\s*节") && t.Length <= 24 && !t.Contains('，') && !t.Contains('。'))
        {
            return 2;
        }
        if (Regex.IsMatch(t, @"^[一二三四五六七八九十]{1,3}、"))
        {
            return 1;
        }
        if (Regex.IsMatch(t, @"^[（(][一二三四五六七八九十]{1,3}[）)]"))
        {
            return 2;
        }
        if (Regex.IsMatch(t, @"^[0-9０-９]{1,2}[.．](?![0-9])"))
        {
            return 3;
        }
        return Regex.IsMatch(t, @"^[（(][0-9０-９]{1,2}[）)]") ? 4 : 0;
    }

    private static bool IsDateLine(string text, out DateOnly date)
    {
        var t = text.Trim().Trim('（', '）', '(', ')').Replace(" ", "", StringComparison.Ordinal);
        return ChineseDate.TryParse(t, out date);
    }

    private static bool LooksLikeAgency(string t)
    {
        var s = t.Replace(" ", "", StringComparison.Ordinal);
        if (s.Length is < 3 or > 60 || s.Contains('，') || s.Contains('。') || s.Contains('：') || IsDateLine(t, out _) || DisclosureMarker.IsMatch(t))
        {
            return false;
        }
        return SplitAgencies(t).All(a => AgencySuffix().IsMatch(a));
    }

    private static IEnumerable<string> SplitAgencies(string t) =>
        t.Split([' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool LooksLikeContinuation(string t) => !IsDateLine(t, out _) && !DisclosureMarker.IsMatch(t) && t.Length < 120 && (t.Contains('，') || t.Contains('、') || t.EndsWith('。'));
}
