namespace GovOpen.Umbraco.Api;

/// <summary>Input of a 告知书 draft (POST requests/{number}/letter).</summary>
public sealed record LetterInput(string? Outcome, string? Reason, string? HoldingAgency, string? Provision);
