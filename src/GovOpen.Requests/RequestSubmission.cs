using GovOpen.Core.Requests;

namespace GovOpen.Requests;

/// <summary>What a citizen submits (条例 art. 29).</summary>
public sealed record RequestSubmission
{
    public required string ClientToken { get; init; }
    public ApplicantType ApplicantType { get; init; } = ApplicantType.NaturalPerson;
    public required string Name { get; init; }
    /// <summary>证件类型 of a natural person; required with <see cref="IdNumber"/>.</summary>
    public IdDocumentType? IdType { get; init; }
    public string? IdNumber { get; init; }
    public string? Organization { get; init; }
    public string? CreditCode { get; init; }
    public required string Contact { get; init; }
    public string? Address { get; init; }
    public required string Description { get; init; }
    public string? Purpose { get; init; }
    public string PreferredForm { get; init; } = "electronic";
    public string Delivery { get; init; } = "online";
    public IReadOnlyList<(string FileName, string ContentType, byte[] Content)> Attachments { get; init; } = [];
}
