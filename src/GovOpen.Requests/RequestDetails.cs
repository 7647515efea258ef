namespace GovOpen.Requests;

/// <summary>What a status lookup may reveal: state and clock, never applicant data.</summary>
public sealed record RequestDetails(string Description, string? Purpose, string PreferredForm, string Delivery);
