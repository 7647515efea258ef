using System.Globalization;
using System.Reflection;

namespace GovOpen.Core.Checks;

/// <summary>Whether a rule names a wrong form to correct or a term not to use.</summary>
public enum ExpressionRuleKind
{
    Replace,
    Forbid,
}

/// <summary>
/// One 表述规范 rule: <see cref="Wrong"/> found in a document dated on or after <see cref="Since"/> (an agency's
/// renaming day; null = always) is reported with <see cref="Right"/> and the <see cref="Source"/> that decides it.
/// Characters in <see cref="UnlessFollowedBy"/> right after a match make it another word (农业部门 is not 农业部).
/// </summary>
public sealed record ExpressionRule(ExpressionRuleKind Kind, string Wrong, string? Right, DateOnly? Since, string UnlessFollowedBy, string Source);

/// <summary>One place where a rule matched.</summary>
public sealed record ExpressionFinding(ExpressionRule Rule, int Position);

/// <summary>
/// The list of wrong→right pairs and forbidden terms the pre-publication check warns about (公开检查: 表述错误).
/// The agency maintains its own list in the same tab-separated format as the default
/// (<c>Data/checks/expression-rules.tsv</c>: kind, wrong, right, since, unlessFollowedBy, source); a bad line is
/// reported naming the line and the column, and the other lines still load.
/// </summary>
public sealed class ExpressionRules
{
    public const string Field = "expression";

    private readonly IReadOnlyList<ExpressionRule> _rules;

    public ExpressionRules(IReadOnlyList<ExpressionRule> rules)
    {
        // Longest first, so 中国银行保险监督管理委员会 is matched before any shorter rule inside it.
        _rules = rules.OrderByDescending(r => r.Wrong.Length).ThenByDescending(r => r.Since ?? DateOnly.MinValue).ToList();
    }

    public IReadOnlyList<ExpressionRule> Rules => _rules;

    /// <summary>The list shipped with GovOpen (sources in each line).</summary>
    public static ExpressionRules Default { get; } = LoadDefault();

    public static ExpressionRules Empty { get; } = new([]);

    /// <summary>
    /// Each match in <paramref name="text"/> of the rule that applies on <paramref name="documentDate"/> (of two rules
    /// for one term, the latest in force); overlapping shorter matches are skipped.
    /// </summary>
    public IReadOnlyList<ExpressionFinding> Find(string? text, DateOnly? documentDate)
    {
        var found = new List<ExpressionFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        var taken = new List<(int Start, int End)>();
        foreach (var rule in _rules)
        {
            if (rule.Since is { } since && documentDate is { } d && d < since)
            {
                continue;
            }
            var at = 0;
            while ((at = text.IndexOf(rule.Wrong, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + rule.Wrong.Length;
                var followed = end < text.Length && rule.UnlessFollowedBy.Contains(text[end]);
                if (!followed && !taken.Any(t => at < t.End && t.Start < end))
                {
                    taken.Add((at, end));
                    found.Add(new ExpressionFinding(rule, at));
                }
                at = end;
            }
        }
        return found.OrderBy(f => f.Position).ToList();
    }

    /// <summary>Warnings for what <see cref="Find"/> finds in one part of an item, each with its position.</summary>
    public IReadOnlyList<Issue> Check(string field, string where, string? text, DateOnly? documentDate, string? whereEn = null) =>
        Find(text, documentDate).Select(f => (f.Rule.Kind == ExpressionRuleKind.Replace
            ? Issue.Warn(field, "expression", $"{where}第{f.Position + 1}字处“{f.Rule.Wrong}”应为“{f.Rule.Right}”（依据：{f.Rule.Source}）", $"{whereEn ?? where} at {f.Position + 1}: '{f.Rule.Wrong}' should be '{f.Rule.Right}'.")
            : Issue.Warn(field, "forbidden-term", $"{where}第{f.Position + 1}字处不宜使用“{f.Rule.Wrong}”{(string.IsNullOrEmpty(f.Rule.Right) ? "" : $"，可用“{f.Rule.Right}”")}（依据：{f.Rule.Source}）", $"{whereEn ?? where} at {f.Position + 1}: '{f.Rule.Wrong}' should not be used.")) with { Position = f.Position }).ToList();

    /// <summary>Reads a rules file; problems name the line and column and leave that line out.</summary>
    public static ExpressionRules Parse(string text, List<Issue> problems, string source = "rules")
    {
        var rules = new List<ExpressionRule>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cols = line.Split('\t');
            string? Bad(string column, string zh, string en)
            {
                problems.Add(Issue.Error(Field, "invalid-rule", $"{source}第{lineNo}行{column}：{zh}", $"{source} line {lineNo}, {column}: {en}"));
                return null;
            }
            if (cols.Length < 6)
            {
                Bad("", "应有6列（kind、wrong、right、since、unlessFollowedBy、source），以制表符分隔", "expected 6 tab-separated columns.");
                continue;
            }
            ExpressionRuleKind kind;
            switch (cols[0].Trim())
            {
                case "replace": kind = ExpressionRuleKind.Replace; break;
                case "forbid": kind = ExpressionRuleKind.Forbid; break;
                default: Bad("kind", $"“{cols[0]}”应为 replace 或 forbid", $"'{cols[0]}' must be replace or forbid."); continue;
            }
            var wrong = cols[1].Trim();
            if (wrong.Length == 0)
            {
                Bad("wrong", "不能为空", "is empty.");
                continue;
            }
            var right = Dash(cols[2]);
            if (kind == ExpressionRuleKind.Replace && right is null)
            {
                Bad("right", "replace 规则须写明正确表述", "a replace rule needs the right form.");
                continue;
            }
            DateOnly? since = null;
            if (Dash(cols[3]) is { } s)
            {
                if (!GovOpen.Core.Text.IsoDate.TryParse(s, out var parsed))
                {
                    Bad("since", $"“{s}”不是 yyyy-MM-dd 日期", $"'{s}' is not a yyyy-MM-dd date.");
                    continue;
                }
                since = parsed;
            }
            var src = Dash(cols[5]);
            if (src is null)
            {
                Bad("source", "须注明依据", "the source is required.");
                continue;
            }
            rules.Add(new ExpressionRule(kind, wrong, right, since, Dash(cols[4]) ?? "", src));
        }
        return new ExpressionRules(rules);
    }

    private static string? Dash(string s) => s.Trim() is "" or "-" ? null : s.Trim();

    private static ExpressionRules LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GovOpen.Core.expression-rules.tsv")
            ?? throw new InvalidOperationException("The default expression rules are not embedded.");
        using var reader = new StreamReader(stream);
        var problems = new List<Issue>();
        var rules = Parse(reader.ReadToEnd(), problems, "expression-rules.tsv");
        return problems.Count == 0 ? rules : throw new InvalidOperationException(string.Join("; ", problems));
    }
}
