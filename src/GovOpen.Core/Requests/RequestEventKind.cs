namespace GovOpen.Core.Requests;

public enum RequestEventKind
{
    Received,
    CorrectionRequested,
    CorrectionReceived,
    ConsultationStarted,
    ConsultationEnded,
    Extended,
    ReasonablePeriodSet,
    FeeNoticeSent,
    FeePaid,
    Answered,
    Closed,
    Withdrawn,
    ReviewOrLitigation,
    Archived,
    /// <summary>A 行政复议 or 行政诉讼 about the answer was decided (<see cref="RequestEvent.Proceeding"/>, <see cref="RequestEvent.ProceedingResult"/>).</summary>
    ProceedingDecided,
}
