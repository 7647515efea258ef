namespace GovOpen.Umbraco.Api;

/// <summary>A request a clerk received on paper, in person or by fax (POST requests).</summary>
public sealed record PaperRequestInput(
    string? ClientToken, string? Channel, string? SubmittedOn, string? SignedFor, string? Confirmed,
    string? ApplicantType, string? Name, string? IdNumber, string? Organization, string? CreditCode, string? Contact, string? Address,
    string? Description, string? Purpose, string? PreferredForm, string? Delivery, string? IdType = null);
