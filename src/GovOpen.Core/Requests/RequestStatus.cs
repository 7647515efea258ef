namespace GovOpen.Core.Requests;

/// <summary>The clock on a given day.</summary>
public sealed record RequestStatus(
    RequestState State,
    DateOnly? Deadline,
    int? WorkingDaysLeft,
    bool Overdue,
    bool Paused,
    IReadOnlyList<Issue> Warnings)
{
    /// <summary>The deadline reaches into a year whose arrangement is not published: computed from the statutory holidays (暂定).</summary>
    public bool Provisional { get; init; }
}
