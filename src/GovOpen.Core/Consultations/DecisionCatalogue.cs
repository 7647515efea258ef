using System.Text.Json.Nodes;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Text;
using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Consultations;

/// <summary>
/// The steps of a major administrative decision in the order of 《重大行政决策程序暂行条例》 (国务院令第713号):
/// 公众参与, 专家论证 and 风险评估 while the draft is formed (第二章), 合法性审查 and 集体讨论决定 (第三章), 公布, then
/// 执行 and 后评估 (第四章).
/// </summary>
public enum DecisionStep
{
    PublicParticipation,
    ExpertReview,
    RiskAssessment,
    LegalityReview,
    CollectiveDecision,
    Publication,
    Implementation,
    PostEvaluation,
}

/// <summary>
/// One matter of a year's 重大行政决策事项目录: the matter, the department that carries it (承办单位), the planned
/// completion, each step done (with its date) or not applicable, the 意见征集 of its draft, and a note (the reason a
/// step does not apply, an adjustment of the catalogue).
/// </summary>
public sealed record DecisionCatalogueEntry(
    string Matter,
    string Department,
    string Planned,
    IReadOnlyDictionary<DecisionStep, DateOnly> Done,
    IReadOnlySet<DecisionStep> NotApplicable,
    string? ConsultationId,
    string? Note)
{
    /// <summary>The step the matter is at: the first in order neither done nor inapplicable; null when every step is.</summary>
    public DecisionStep? CurrentStep => DecisionCatalogue.Steps.All.Select(t => t.Value).Cast<DecisionStep?>()
        .FirstOrDefault(s => !Done.ContainsKey(s!.Value) && !NotApplicable.Contains(s.Value));
}

/// <summary>
/// The 重大行政决策事项目录 as stored on a page (<c>decisionCatalogue</c>):
/// <c>[{"matter","department","planned","steps":{"publicParticipation":"2026-03-02"|"n/a",…},"consultation","note"}]</c>,
/// with its rules. The catalogue is published and kept current (条例 第十条); 合法性审查 and 集体讨论决定 never
/// lapse (第三章: a draft not reviewed for legality may not go to the decision meeting); 公众参与 is left out only with a
/// stated reason; steps happen in their order.
/// </summary>
public static class DecisionCatalogue
{
    public const string Field = Content.PropertyAliases.DecisionCatalogue;

    /// <summary>What a step holds when it does not apply to the matter.</summary>
    public const string NotApplicableValue = "n/a";

    public static Vocabulary<DecisionStep> Steps { get; } = new("decisionStep", Field,
    [
        new(DecisionStep.PublicParticipation, "publicParticipation", "公众参与", "Public participation") { Synonyms = ["征求意见"] },
        new(DecisionStep.ExpertReview, "expertReview", "专家论证", "Expert review"),
        new(DecisionStep.RiskAssessment, "riskAssessment", "风险评估", "Risk assessment") { Synonyms = ["社会稳定风险评估"] },
        new(DecisionStep.LegalityReview, "legalityReview", "合法性审查", "Legality review") { Flags = new HashSet<string> { MandatoryFlag } },
        new(DecisionStep.CollectiveDecision, "collectiveDecision", "集体讨论决定", "Collective decision") { Flags = new HashSet<string> { MandatoryFlag } },
        new(DecisionStep.Publication, "publication", "公布", "Publication") { Synonyms = ["决策公布"] },
        new(DecisionStep.Implementation, "implementation", "执行", "Implementation") { Synonyms = ["决策执行"] },
        new(DecisionStep.PostEvaluation, "postEvaluation", "后评估", "Post-evaluation") { Synonyms = ["决策后评估"] },
    ]);

    /// <summary>The flag of a step that must be done for every matter: it can never be marked inapplicable (the client reads it too).</summary>
    public const string MandatoryFlag = "mandatory";

    /// <summary>Steps that must be done for every matter (those flagged <see cref="MandatoryFlag"/>).</summary>
    public static IReadOnlySet<DecisionStep> Mandatory { get; } = Steps.With(MandatoryFlag).ToHashSet();

    /// <summary>Reads the stored rows; a row that cannot be read is reported by number and field and left out.</summary>
    public static IReadOnlyList<DecisionCatalogueEntry> Read(JsonNode? node, List<Issue> issues) => Rows.Read(node, issues);

    /// <summary>The property as a row list: read, checked and shown the way every row-list property is.</summary>
    public static RowList<DecisionCatalogueEntry> Rows { get; } = new(Field, "重大行政决策事项目录", "decision catalogue", "决策事项目录", "Decision catalogue",
        ReadRow, Validate, r => string.Join("\n", r.Matter, r.Department, r.Note));

    private static DecisionCatalogueEntry? ReadRow(JsonObject o, int n, List<Issue> issues)
    {
        string Text(string key) => RowList<DecisionCatalogueEntry>.Text(o, key);
        var before = issues.Count;
        var done = new Dictionary<DecisionStep, DateOnly>();
        var notApplicable = new HashSet<DecisionStep>();
        if (o["steps"] is JsonObject steps)
        {
            foreach (var (key, value) in steps)
            {
                if (!Steps.TryParse(key, out var step))
                {
                    issues.Add(Issue.Error(Field, "step", $"第{n + 1}项有未知的决策环节“{key}”", $"Row {n + 1}: unknown step '{key}'."));
                    continue;
                }
                var text = ScalarCodecs.ReadText(value)?.Trim() ?? "";
                if (text.Length == 0)
                {
                    continue;
                }
                if (text == NotApplicableValue || text == "不适用")
                {
                    notApplicable.Add(step);
                }
                else if (IsoDate.TryParse(text, out var date))
                {
                    done[step] = date;
                }
                else
                {
                    issues.Add(Issue.Error(Field, "step-date", $"第{n + 1}项“{Steps.Name(step)}”的完成日期“{text}”无效（应为yyyy-MM-dd或“不适用”）", $"Row {n + 1}: the date of {Steps[step].NameEn} '{text}' is not yyyy-MM-dd or n/a."));
                }
            }
        }
        else if (o["steps"] is not null)
        {
            issues.Add(Issue.Error(Field, "steps", $"第{n + 1}项的决策环节应为对象", $"Row {n + 1}: steps must be an object."));
        }
        return issues.Count > before
            ? null
            : new DecisionCatalogueEntry(Text("matter"), Text("department"), Text("planned"), done, notApplicable,
                Text("consultation") is { Length: > 0 } c ? c : null, Text("note") is { Length: > 0 } note ? note : null);
    }

    /// <summary>
    /// What each row must have: the matter, the department, the planned completion; mandatory steps never inapplicable;
    /// 公众参与 left out only with a reason in the note; no step done before an earlier one is done (or inapplicable),
    /// nor dated before it.
    /// </summary>
    public static IReadOnlyList<Issue> Validate(IReadOnlyList<DecisionCatalogueEntry> rows)
    {
        var issues = new List<Issue>();
        for (var n = 0; n < rows.Count; n++)
        {
            var r = rows[n];
            foreach (var (value, name, en) in new[] { (r.Matter, "决策事项", "matter"), (r.Department, "承办单位", "department"), (r.Planned, "计划完成时间", "planned completion") })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    issues.Add(Issue.Error(Field, "required", $"第{n + 1}项须填写“{name}”", $"Row {n + 1} needs its {en}."));
                }
            }
            foreach (var step in r.NotApplicable.Where(Mandatory.Contains))
            {
                issues.Add(Issue.Error(Field, "mandatory-step", $"第{n + 1}项：{Steps.Name(step)}是必经程序，不能标为不适用", $"Row {n + 1}: {Steps[step].NameEn} is required and cannot be marked not applicable."));
            }
            if (r.NotApplicable.Contains(DecisionStep.PublicParticipation) && string.IsNullOrWhiteSpace(r.Note))
            {
                issues.Add(Issue.Error(Field, "participation-reason", $"第{n + 1}项不开展公众参与的，须在备注中说明理由", $"Row {n + 1}: leaving out public participation needs a reason in the note."));
            }
            DecisionStep? pending = null;
            (DecisionStep Step, DateOnly Date)? last = null;
            foreach (var step in Enum.GetValues<DecisionStep>())
            {
                if (r.Done.TryGetValue(step, out var date))
                {
                    if (pending is { } p)
                    {
                        issues.Add(Issue.Error(Field, "order", $"第{n + 1}项“{Steps.Name(step)}”已完成，但此前的“{Steps.Name(p)}”尚未完成", $"Row {n + 1}: {Steps[step].NameEn} is done before {Steps[p].NameEn}."));
                    }
                    else if (last is { } l && date < l.Date)
                    {
                        issues.Add(Issue.Error(Field, "order", $"第{n + 1}项“{Steps.Name(step)}”的日期早于“{Steps.Name(l.Step)}”", $"Row {n + 1}: {Steps[step].NameEn} is dated before {Steps[l.Step].NameEn}."));
                    }
                    last = (step, date);
                }
                else if (!r.NotApplicable.Contains(step))
                {
                    pending ??= step;
                }
            }
        }
        return issues;
    }

    public static JsonArray Write(IEnumerable<DecisionCatalogueEntry> rows) => new(rows.Select(r => (JsonNode)new JsonObject
    {
        ["matter"] = r.Matter,
        ["department"] = r.Department,
        ["planned"] = r.Planned,
        ["steps"] = new JsonObject(Enum.GetValues<DecisionStep>()
            .Where(s => r.Done.ContainsKey(s) || r.NotApplicable.Contains(s))
            .Select(s => KeyValuePair.Create(Steps.Alias(s), (JsonNode?)JsonValue.Create(r.Done.TryGetValue(s, out var d) ? IsoDate.Format(d) : NotApplicableValue)))),
        ["consultation"] = r.ConsultationId,
        ["note"] = r.Note,
    }).ToArray());
}
