using System.Text.RegularExpressions;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Core.Validity;

/// <summary>
/// Finds clauses such as <c>《…》（示府发〔2018〕5号）同时废止</c>, <c>…予以废止</c>, <c>…自2024年1月1日起废止</c>,
/// <c>对《…》作如下修订</c>, <c>…宣布失效</c>, so that the system can propose the validity cascade.
/// </summary>
public static partial class AmendmentDetector
{
    [GeneratedRegex(@"[^。；;！!\n]+[。；;！!\n]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"《([^《》]{2,120})》")]
    private static partial Regex TitleCitation();

    [GeneratedRegex(@"(同时|予以|一并|即行|起)?废止")]
    private static partial Regex AbolishWord();

    [GeneratedRegex(@"(宣布|同时|一并)失效|不再执行|停止执行")]
    private static partial Regex InvalidWord();

    [GeneratedRegex(@"修订|修改")]
    private static partial Regex ReviseWord();

    // "不得废止", "废止的除外": negations and exceptions that do not abolish anything.
    [GeneratedRegex(@"不得废止|不予废止|未废止|废止的除外|是否废止|拟废止|建议废止")]
    private static partial Regex NotAbolishing();

    public static IReadOnlyList<AmendmentProposal> Detect(string? body)
    {
        var result = new List<AmendmentProposal>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return result;
        }
        // A clause that announces a list (决定废止以下规范性文件：, 下列文件同时废止, 目录见附件1) makes its kind apply to the
        // citations of the short lines that follow — numbered items or table rows — until a line of prose.
        AmendmentKind? listKind = null;
        var listLinesWithoutCitation = 0;
        foreach (Match s in Sentence().Matches(body))
        {
            var text = s.Value.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            // The verbs are looked for outside 《titles》: 《关于废止部分规范性文件的决定》已经…通过，现予公布 announces a
            // document, it abolishes nothing itself.
            var verbs = TitleCitation().Replace(text, "《》");
            AmendmentKind? kind = null;
            if (AbolishWord().IsMatch(verbs) && !NotAbolishing().IsMatch(verbs))
            {
                kind = AmendmentKind.Abolish;
            }
            else if (InvalidWord().IsMatch(verbs))
            {
                kind = AmendmentKind.DeclareInvalid;
            }
            else if (ReviseWord().IsMatch(verbs))
            {
                kind = AmendmentKind.Revise;
            }
            var cited = TitleCitation().IsMatch(text) || DocumentNumberParser.FindAll(text).Count > 0;
            if (kind is null && listKind is { } inList)
            {
                if (cited && text.Length <= 160)
                {
                    kind = inList; // an item of the announced list
                    listLinesWithoutCitation = 0;
                }
                else if (text.Length > 60 || text.EndsWith('。') || ++listLinesWithoutCitation > 6)
                {
                    listKind = null; // prose again
                    continue;
                }
                else
                {
                    continue; // a table's header cells, an item's number alone
                }
            }
            else if (kind is { } k && kind != AmendmentKind.Revise && !cited && ListOpener().IsMatch(verbs))
            {
                listKind = k;
                listLinesWithoutCitation = 0;
                continue;
            }
            else if (kind is not null)
            {
                listKind = null;
            }
            if (kind is null)
            {
                continue;
            }
            // The date the change takes effect is stated only as 自…起废止/失效/停止执行; any other date in the sentence
            // (the target's own date, 2015年4月10日发布的《…》) is not it, and "同时废止" takes effect with this document.
            DateOnly? date = ChangeFrom().Match(text) is { Success: true } from && ChineseDate.TryParse(from.Groups["date"].Value, out var fromDate) ? fromDate : null;
            var numbers = DocumentNumberParser.FindAll(text);
            var titles = TitleCitation().Matches(text).Select(m => (m.Groups[1].Value, m.Index, m.Index + m.Length)).ToList();
            var used = new HashSet<DocumentNumberMatch>();
            // Pair each 《title》 with a 文号 that directly follows it in brackets: 《…》（示府发〔2018〕5号）.
            foreach (var (title, start, end) in titles)
            {
                var number = numbers.FirstOrDefault(n => !used.Contains(n) && n.Index >= end && n.Index - end <= 2);
                if (number is not null)
                {
                    used.Add(number);
                }
                // Titles of laws cited only as a basis ("根据《…法》") are not targets when the sentence names the act itself.
                if (kind == AmendmentKind.Revise && !IsReviseTarget(text, start, end))
                {
                    continue;
                }
                result.Add(new AmendmentProposal(kind.Value, number?.Number.Normalized, title, date, text, s.Index));
            }
            foreach (var n in numbers.Where(n => !used.Contains(n)))
            {
                if (kind == AmendmentKind.Revise && !IsReviseTarget(text, n.Index, n.Index + n.Length))
                {
                    continue;
                }
                result.Add(new AmendmentProposal(kind.Value, n.Number.Normalized, null, date, text, s.Index));
            }
        }
        return result;
    }

    // For revisions, require the revise verb right after the citation (optionally after its 文号 in brackets),
    // not followed by 本 ("根据《某法》修订本办法" revises this document, not 《某法》), and no 根据/依据 before it.
    private static bool IsReviseTarget(string sentence, int citationStart, int citationEnd)
    {
        var before = sentence[..citationStart];
        if (BasisWord().IsMatch(before))
        {
            return false;
        }
        return ReviseAfterCitation().IsMatch(sentence[citationEnd..]);
    }

    [GeneratedRegex(@"自(?<date>[^，。；]{6,16}?日)起[^，。；]{0,8}?(废止|失效|停止执行|不再执行)")]
    private static partial Regex ChangeFrom();

    [GeneratedRegex(@"以下|下列|如下|目录|清单|名单|附件")]
    private static partial Regex ListOpener();

    [GeneratedRegex(@"(根据|依据|按照|依照|参照)$")]
    private static partial Regex BasisWord();

    [GeneratedRegex(@"^(（[^）]*）|\([^)]*\))?(的部分条款|部分条款|第[^，。]{1,20}条)?(作如下|作出如下|进行|予以|已)?(修订|修改)(?!本|意见|建议)")]
    private static partial Regex ReviseAfterCitation();
}
