using GovOpen.Core.Calendar;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Interpretations;

/// <summary>
/// Pairs policies and interpretations both ways and computes each policy's 解读 status against the
/// working-day deadline (commonly 3 working days; 0 = same day).
/// </summary>
public sealed class InterpretationRules(WorkCalendar calendar, int deadlineWorkingDays = 3)
{
    public const string Field = "interpretationOf";

    public int DeadlineWorkingDays { get; } = deadlineWorkingDays >= 0
        ? deadlineWorkingDays
        : throw new ArgumentOutOfRangeException(nameof(deadlineWorkingDays), "The deadline cannot be negative.");

    /// <summary>
    /// Checks the links of an interpretation: at least one policy, every target exists, and no target is
    /// non-public (an interpretation must never lead to a 依申请公开/不予公开 document).
    /// </summary>
    public static IReadOnlyList<Issue> ValidateLinks(Interpretation interpretation, Func<string, PolicyDocument?> findPolicy) =>
        ValidateLinks(interpretation.PolicyIds, findPolicy);

    /// <summary>The same check on the linked ids alone (as an editor's value holds them).</summary>
    public static IReadOnlyList<Issue> ValidateLinks(IReadOnlyList<string> policyIds, Func<string, PolicyDocument?> findPolicy)
    {
        var issues = new List<Issue>();
        if (policyIds.Count == 0)
        {
            issues.Add(Issue.Error(Field, "required", "政策解读必须关联至少一个政策文件", "An interpretation must link at least one policy."));
        }
        foreach (var id in policyIds.Distinct())
        {
            var policy = findPolicy(id);
            if (policy is null)
            {
                issues.Add(Issue.Error(Field, "not-found", $"关联的政策文件（{id}）不存在", $"The linked policy {id} does not exist."));
            }
            else if (policy.Disclosure.Attribute != DisclosureAttribute.Proactive)
            {
                issues.Add(Issue.Error(Field, "non-public-target", $"不能关联公开属性为“{policy.Disclosure.Attribute.Name()}”的文件《{policy.Title}》", $"Cannot link a policy whose disclosure is {policy.Disclosure.Attribute.Alias()}."));
            }
        }
        if (policyIds.Count != policyIds.Distinct().Count())
        {
            issues.Add(Issue.Warn(Field, "duplicate", "重复关联同一政策文件，已去重", "The same policy is linked twice; duplicates removed."));
        }
        return issues;
    }

    /// <summary>policy id → its interpretations (the reverse direction of <see cref="Interpretation.PolicyIds"/>).</summary>
    public static ILookup<string, Interpretation> ByPolicy(IEnumerable<Interpretation> interpretations) =>
        interpretations.SelectMany(i => i.PolicyIds.Distinct().Select(p => (p, i))).ToLookup(x => x.p, x => x.i);

    /// <summary>The deadline for a policy published on a date.</summary>
    public DateOnly DeadlineFor(DateOnly policyPublished) => calendar.AddWorkingDays(policyPublished, DeadlineWorkingDays);

    /// <summary>Status of one policy on <paramref name="today"/>, from the interpretations that point at it.</summary>
    public InterpretationStatus StatusOf(PolicyDocument policy, IEnumerable<Interpretation> interpretationsOfPolicy, DateOnly today)
    {
        if (!PublicSurface.MayAppear(policy, today) || policy.PublishedDate is not { } published)
        {
            return new InterpretationStatus(InterpretationStatusKind.NotApplicable);
        }
        if (!policy.InterpretationExpected && !string.IsNullOrWhiteSpace(policy.NoInterpretationReason))
        {
            return new InterpretationStatus(InterpretationStatusKind.NotRequired, Reason: policy.NoInterpretationReason);
        }
        if (!policy.InterpretationExpected)
        {
            return new InterpretationStatus(InterpretationStatusKind.NotRequired, Reason: "非规章、规范性文件，未要求解读");
        }
        try
        {
            var deadline = DeadlineFor(published);
            var first = interpretationsOfPolicy
                .Where(i => i.PolicyIds.Contains(policy.Id) && PublicSurface.MayAppear(i, today))
                .Select(i => i.PublishedDate!.Value)
                .DefaultIfEmpty()
                .Min();
            if (first != default)
            {
                var lag = first <= published ? 0 : calendar.WorkingDaysBetween(published, first);
                return new InterpretationStatus(InterpretationStatusKind.Interpreted, Deadline: deadline, LagWorkingDays: lag, Late: lag > DeadlineWorkingDays);
            }
            if (today <= deadline)
            {
                return new InterpretationStatus(InterpretationStatusKind.Pending, Deadline: deadline, WorkingDaysLeft: calendar.WorkingDaysBetween(today, deadline));
            }
            return new InterpretationStatus(InterpretationStatusKind.Overdue, Deadline: deadline, OverdueWorkingDays: calendar.WorkingDaysBetween(deadline, today));
        }
        catch (CalendarNotPublishedException e)
        {
            return new InterpretationStatus(InterpretationStatusKind.Unknown, Reason: e.Issue.Message);
        }
    }
}
