namespace GovOpen.Umbraco.Api;

/// <summary>An action a clerk records on a request (the body of POST requests/{number}/events).</summary>
public sealed record RequestActionInput(string? Kind, string? Date, string? Note, string? Outcome, int? WorkingDays, string? Until, string? Channel, string? Proceeding = null, string? ProceedingResult = null);
