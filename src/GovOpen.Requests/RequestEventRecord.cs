using GovOpen.Core.Requests;

namespace GovOpen.Requests;

public sealed class RequestEventRecord
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public int Seq { get; set; }
    public RequestEventKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
    public RequestOutcome? Outcome { get; set; }
    public int? WorkingDays { get; set; }
    public DateOnly? Until { get; set; }
    public RequestChannel? Channel { get; set; }
    public ProceedingKind? Proceeding { get; set; }
    public ProceedingResult? ProceedingResult { get; set; }
}
