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
            issues.Add(Issue.Error("feePeriod", "order", $"执行期限的截止日期（{GovOpen.Core.Text.IsoDate.Format(to)}）早于起始日期（{GovOpen.Core.Text.IsoDate.Format(From)}）", "The end of the period is before its start."));
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
