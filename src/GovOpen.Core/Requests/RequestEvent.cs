namespace GovOpen.Core.Requests;

/// <summary>One entry of the ledger.</summary>
public sealed record RequestEvent(
    RequestEventKind Kind,
    DateOnly Date,
    string? Note = null,
    RequestOutcome? Outcome = null,
    int? WorkingDays = null,
    DateOnly? Until = null,
    RequestChannel? Channel = null,
    ProceedingKind? Proceeding = null,
    ProceedingResult? ProceedingResult = null);

/// <summary>Which proceeding a 行政复议/行政诉讼 event is about (the three column groups of the annual report's part 四).</summary>
public enum ProceedingKind
{
    /// <summary>行政复议.</summary>
    Review,
    /// <summary>行政诉讼，未经复议直接起诉.</summary>
    LitigationDirect,
    /// <summary>行政诉讼，复议后起诉.</summary>
    LitigationAfterReview,
}

/// <summary>How a proceeding ended: 结果维持, 结果纠正, 其他结果 (none yet: 尚未审结).</summary>
public enum ProceedingResult
{
    Upheld,
    Corrected,
    Other,
}
