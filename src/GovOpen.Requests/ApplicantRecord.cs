namespace GovOpen.Requests;

/// <summary>Personal data (条例 art. 29): the minimum the form requires.</summary>
public sealed class ApplicantRecord
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>证件类型 (alias of <see cref="Core.Requests.IdDocumentType"/>); null for organisations and older records.</summary>
    public string? IdType { get; set; }
    public string? IdNumber { get; set; }
    public string? Organization { get; set; }
    public string? CreditCode { get; set; }
    public string Contact { get; set; } = "";
    public string? Address { get; set; }
    public bool Erased { get; set; }
}
