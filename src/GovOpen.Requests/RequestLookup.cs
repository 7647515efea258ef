using GovOpen.Core.Requests;

namespace GovOpen.Requests;

public sealed record RequestLookup(string Number, RequestState State, DateOnly ReceivedOn, DateOnly? Deadline, int? WorkingDaysLeft, bool Overdue, string? Outcome, bool DeadlineProvisional = false);
