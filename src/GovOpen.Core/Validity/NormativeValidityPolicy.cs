namespace GovOpen.Core.Validity;

/// <summary>
/// Default validity periods of 行政规范性文件. Local rules differ (docs/domain-model.md): Shanghai's default and
/// maximum is 5 years, 2 years for titles with 暂行/试行, 1 year for 通告. All values are configurable.
/// </summary>
public sealed record NormativeValidityPolicy
{
    public int DefaultYears { get; init; } = 5;

    /// <summary>For titles containing 暂行 or 试行.</summary>
    public int ProvisionalYears { get; init; } = 2;

    /// <summary>Upper limit of an explicit period; 0 for none.</summary>
    public int MaxYears { get; init; } = 5;

    /// <summary>Offsets before expiry at which editors are reminded (Xuhui: 6, 2 and 1 months).</summary>
    public IReadOnlyList<int> ReminderMonthsBefore { get; init; } = [6, 2, 1];

    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (DefaultYears is < 1 or > 50)
        {
            issues.Add(Issue.Error("normativeDefaultYears", "range", "规范性文件默认有效期须为1–50年", "The default validity must be 1–50 years."));
        }
        if (ProvisionalYears is < 1 or > 50)
        {
            issues.Add(Issue.Error("normativeProvisionalYears", "range", "暂行/试行文件有效期须为1–50年", "The provisional validity must be 1–50 years."));
        }
        if (MaxYears != 0 && (MaxYears < DefaultYears || MaxYears < ProvisionalYears))
        {
            issues.Add(Issue.Error("normativeMaxYears", "range", "最长有效期不能短于默认有效期", "The maximum validity cannot be shorter than the defaults."));
        }
        return issues;
    }

    /// <summary>Whether a title marks a provisional document (暂行, 试行).</summary>
    public static bool IsProvisional(string title) => title.Contains("暂行", StringComparison.Ordinal) || title.Contains("试行", StringComparison.Ordinal);

    /// <summary>Years of validity for a document with this title when none is stated.</summary>
    public int DefaultYearsFor(string title) => IsProvisional(title) ? ProvisionalYears : DefaultYears;

    /// <summary>
    /// The last day of validity: the day before the anniversary (in force 2024-01-01 for 5 years → 2028-12-31;
    /// from 2024-02-29 for 2 years → 2026-02-28, the month's last day when there is no corresponding day).
    /// </summary>
    public DateOnly DefaultValidUntil(string title, DateOnly effective) => LastDay(effective, DefaultYearsFor(title));

    private static DateOnly LastDay(DateOnly effective, int years) => effective.AddDays(-1).AddYears(years);

    /// <summary>Checks an explicit period against the maximum.</summary>
    public Issue? CheckPeriod(DateOnly effective, DateOnly validUntil)
    {
        if (validUntil < effective)
        {
            return Issue.Error("validUntil", "before-effective", "有效期截止日期早于施行日期", "The end of validity is before the effective date.");
        }
        if (MaxYears > 0 && validUntil > LastDay(effective, MaxYears))
        {
            return Issue.Warn("validUntil", "over-max", $"有效期超过{MaxYears}年，须在起草说明中说明理由", $"The validity period exceeds {MaxYears} years; the drafting note must give a reason.");
        }
        return null;
    }
}
