using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Fees;

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

    /// <summary>
    /// The item as a public surface may show it: each standard's 收费依据 without the 文号 that name a document the
    /// public may not see (<paramref name="withheld"/>; <see cref="Content.WithheldReferences.IsWithheldNumber"/> on the
    /// site, the same test against Umbraco in the plugin). The item itself when nothing goes.
    /// </summary>
    public FeeItem WithoutWithheldBasis(Func<string, bool> withheld) =>
        Standards.All(st => !st.Basis.Any(withheld))
            ? this
            : this with { Standards = Standards.Select(st => st with { BasisDocumentNumbers = st.Basis.Where(b => !withheld(b)).ToList() }).ToList() };

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
                issues.Add(Issue.Error("feePeriod", "overlap", $"收费标准的执行期限重叠：{GovOpen.Core.Text.IsoDate.Format(prev.From)}起的标准与{GovOpen.Core.Text.IsoDate.Format(ordered[i].From)}起的标准", "Two standards overlap in time."));
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
