using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Fees;

/// <summary>
/// One 收费标准 with its period (执行期限): an amount per unit (e.g. 10 元/件) or a text rule (按…的3%收取),
/// and the documents it rests on (收费依据, by 文号).
/// </summary>
public sealed record FeeStandard(
    DateOnly From,
    DateOnly? To = null,
    decimal? Amount = null,
    string? Unit = null,
    string? Rule = null,
    IReadOnlyList<string>? BasisDocumentNumbers = null)
{
    public IReadOnlyList<string> Basis => BasisDocumentNumbers ?? [];

    public bool AppliesOn(DateOnly date) => date >= From && (To is null || date <= To);

    /// <summary>How the standard reads in the catalogue: <c>10元/件</c> or the rule text.</summary>
    public string Display => Amount is { } a ? $"{a:0.##}{(string.IsNullOrWhiteSpace(Unit) ? "元" : Unit)}" : Rule ?? "";

    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (To is { } to && to < From)
        {
            issues.Add(Issue.Error("feePeriod", "order", $"执行期限的截止日期（{to:yyyy-MM-dd}）早于起始日期（{From:yyyy-MM-dd}）", "The end of the period is before its start."));
        }
        var hasAmount = Amount is not null;
        var hasRule = !string.IsNullOrWhiteSpace(Rule);
        if (hasAmount == hasRule)
        {
            issues.Add(Issue.Error("feeStandard", hasAmount ? "both" : "none", "收费标准须填写“金额+计量单位”或“文字规则”之一", "Give either an amount with a unit or a text rule, not both or neither."));
        }
        if (Amount is < 0)
        {
            issues.Add(Issue.Error("feeAmount", "negative", "收费金额不能为负数", "The amount cannot be negative."));
        }
        if (hasAmount && string.IsNullOrWhiteSpace(Unit))
        {
            issues.Add(Issue.Error("feeUnit", "required", "填写金额时必须填写计量单位（如“元/件”）", "A unit is required with an amount (e.g. 元/件)."));
        }
        if (Basis.Count == 0)
        {
            issues.Add(Issue.Error("feeBasis", "required", "必须注明收费依据（文号）", "The basis document (文号) is required."));
        }
        foreach (var b in Basis)
        {
            var r = DocumentNumberParser.Parse(b);
            if (r.Error is { } e)
            {
                issues.Add(e with { Field = "feeBasis", Message = $"收费依据“{b}”：{e.Message}" });
            }
        }
        return issues;
    }
}

/// <summary>A 收费项目 with the history of its standards.</summary>
public sealed record FeeItem : IPublicationCandidate
{
    public required string Id { get; init; }

    /// <summary>收费项目.</summary>
    public required string Name { get; init; }

    public FeeCategory Category { get; init; }

    /// <summary>收费主体 (the collecting unit).</summary>
    public string? Collector { get; init; }

    /// <summary>收费对象.</summary>
    public string? Payer { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<FeeStandard> Standards { get; init; } = [];

    public DateOnly? PublishedDate { get; init; }

    public DisclosureDecision Disclosure { get; init; } = DisclosureDecision.Proactive;

    /// <summary>The standard that applied on a day, or null if none did.</summary>
    public FeeStandard? StandardOn(DateOnly date) => Standards.Where(s => s.AppliesOn(date)).OrderByDescending(s => s.From).FirstOrDefault();

    /// <summary>The standards oldest first.</summary>
    public IReadOnlyList<FeeStandard> History => Standards.OrderBy(s => s.From).ToList();

    /// <summary>Checks a list of standards: at least one, each complete, and no two periods overlapping.</summary>
    public static IReadOnlyList<Issue> ValidateStandards(IReadOnlyList<FeeStandard> standards)
    {
        var issues = new List<Issue>();
        if (standards.Count == 0)
        {
            issues.Add(Issue.Error("feeStandard", "required", "至少需要一条收费标准", "At least one fee standard is required."));
        }
        foreach (var s in standards)
        {
            issues.AddRange(s.Validate());
        }
        var ordered = standards.OrderBy(s => s.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var prev = ordered[i - 1];
            if (prev.To is null || prev.To >= ordered[i].From)
            {
                issues.Add(Issue.Error("feePeriod", "overlap", $"收费标准的执行期限重叠：{prev.From:yyyy-MM-dd}起的标准与{ordered[i].From:yyyy-MM-dd}起的标准", "Two standards overlap in time."));
            }
        }
        return issues;
    }

    /// <summary>Whether the item is still charged on a day (any standard applies).</summary>
    public bool IsActiveOn(DateOnly date) => StandardOn(date) is not null;

    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            issues.Add(Issue.Error("name", "required", "收费项目名称不能为空", "The fee item name is required."));
        }
        if (string.IsNullOrWhiteSpace(Collector))
        {
            issues.Add(Issue.Error("collector", "required", "收费主体不能为空", "The collecting unit is required."));
        }
        issues.AddRange(ValidateStandards(Standards));
        issues.AddRange(Disclosure.Validate());
        return issues;
    }
}
