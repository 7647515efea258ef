namespace GovOpen.Core.Requests;

/// <summary>The clock on a given day.</summary>
public sealed record RequestStatus(
    RequestState State,
    DateOnly? Deadline,
    int? WorkingDaysLeft,
    bool Overdue,
    bool Paused,
    IReadOnlyList<Issue> Warnings);
