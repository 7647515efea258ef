using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Interpretations;

/// <summary>The vocabulary of 解读 status kinds: alias (the API's and the index's), name and English name.</summary>
public static class InterpretationStatusNames
{
    public static Vocabulary<InterpretationStatusKind> Kinds { get; } = new("interpretationStatus", "interpretationStatus",
    [
        new(InterpretationStatusKind.Interpreted, "interpreted", "已解读", "Interpreted"),
        new(InterpretationStatusKind.Pending, "pending", "待解读", "Awaiting interpretation"),
        new(InterpretationStatusKind.Overdue, "overdue", "逾期", "Overdue"),
        new(InterpretationStatusKind.NotRequired, "notRequired", "无需解读", "No interpretation needed"),
        new(InterpretationStatusKind.NotApplicable, "notApplicable", "未发布", "Not published"),
        new(InterpretationStatusKind.Unknown, "unknown", "无法计算", "Cannot be computed"),
    ]);
}

/// <summary>
/// The status with its numbers: <see cref="LagWorkingDays"/> for 已解读 (working days from the policy's
/// publication to the first interpretation; <see cref="Late"/> when over the limit), <see cref="Deadline"/>
/// and <see cref="WorkingDaysLeft"/> for 待解读, <see cref="OverdueWorkingDays"/> for 逾期.
/// </summary>
public sealed record InterpretationStatus(
    InterpretationStatusKind Kind,
    DateOnly? Deadline = null,
    int? WorkingDaysLeft = null,
    int? OverdueWorkingDays = null,
    int? LagWorkingDays = null,
    bool Late = false,
    string? Reason = null)
{
    /// <summary>The deadline involves a year whose arrangement is not published: computed from the statutory holidays (暂定).</summary>
    public bool Provisional { get; init; }

    /// <summary>
    /// The label as shown to editors: the kind's name (<see cref="InterpretationStatusNames.Kinds"/>) with its numbers —
    /// 已解读（滞后N个工作日）/ 待解读（剩N个工作日，截止…）/ 逾期N个工作日 / 无需解读.
    /// </summary>
    public string Label
    {
        get
        {
            var name = InterpretationStatusNames.Kinds.Name(Kind);
            var deadline = Deadline is { } d ? Text.IsoDate.Format(d) : "";
            return Kind switch
            {
                InterpretationStatusKind.Interpreted when Late => $"{name}（滞后{LagWorkingDays}个工作日）",
                InterpretationStatusKind.Pending => $"{name}（剩{WorkingDaysLeft}个工作日，截止{deadline}{(Provisional ? "，暂定" : "")}）",
                InterpretationStatusKind.Overdue => OverdueWorkingDays > 0 ? $"{name}{OverdueWorkingDays}个工作日" : $"已{name}（截止{deadline}）",
                _ => name,
            };
        }
    }

    public string Alias => InterpretationStatusNames.Kinds.Alias(Kind);
}
