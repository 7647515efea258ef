namespace GovOpen.Core.Requests;

/// <summary>One entry of the ledger.</summary>
public sealed record RequestEvent(
    RequestEventKind Kind,
    DateOnly Date,
    string? Note = null,
    RequestOutcome? Outcome = null,
    int? WorkingDays = null,
    DateOnly? Until = null,
    RequestChannel? Channel = null);
