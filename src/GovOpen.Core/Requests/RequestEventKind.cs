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
}
