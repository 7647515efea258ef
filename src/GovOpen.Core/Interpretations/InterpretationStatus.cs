namespace GovOpen.Core.Interpretations;

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

    /// <summary>The label as shown to editors: 已解读 / 待解读（剩N个工作日）/ 逾期N个工作日 / 无需解读.</summary>
    public string Label => Kind switch
    {
        InterpretationStatusKind.Interpreted => Late ? $"已解读（滞后{LagWorkingDays}个工作日）" : "已解读",
        InterpretationStatusKind.Pending => $"待解读（剩{WorkingDaysLeft}个工作日，截止{Deadline:yyyy-MM-dd}{(Provisional ? "，暂定" : "")}）",
        InterpretationStatusKind.Overdue => OverdueWorkingDays > 0 ? $"逾期{OverdueWorkingDays}个工作日" : $"已逾期（截止{Deadline:yyyy-MM-dd}）",
        InterpretationStatusKind.NotRequired => "无需解读",
        InterpretationStatusKind.NotApplicable => "未发布",
        _ => "无法计算",
    };

    public string Alias => Kind switch
    {
        InterpretationStatusKind.Interpreted => "interpreted",
        InterpretationStatusKind.Pending => "pending",
        InterpretationStatusKind.Overdue => "overdue",
        InterpretationStatusKind.NotRequired => "notRequired",
        InterpretationStatusKind.NotApplicable => "notApplicable",
        _ => "unknown",
    };
}
