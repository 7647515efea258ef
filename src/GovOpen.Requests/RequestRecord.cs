using GovOpen.Core.Requests;

namespace GovOpen.Requests;

/// <summary>A registered request. Applicant identity lives in <see cref="ApplicantRecord"/> so it can be exported and erased alone.</summary>
public sealed class RequestRecord
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string QueryCodeHash { get; set; } = "";
    public string ClientToken { get; set; } = "";
    public ApplicantType ApplicantType { get; set; }
    public RequestChannel Channel { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string Description { get; set; } = "";
    public string? Purpose { get; set; }
    public string PreferredForm { get; set; } = "";
    public string Delivery { get; set; } = "";
    public Guid? ApplicantId { get; set; }
    public ApplicantRecord? Applicant { get; set; }
    public List<RequestEventRecord> Events { get; set; } = [];
    public List<AttachmentRecord> Attachments { get; set; } = [];
}
