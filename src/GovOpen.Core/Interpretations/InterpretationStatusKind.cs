namespace GovOpen.Core.Interpretations;

/// <summary>The 解读 status of a policy.</summary>
public enum InterpretationStatusKind
{
    /// <summary>已解读.</summary>
    Interpreted,
    /// <summary>待解读 — within the deadline.</summary>
    Pending,
    /// <summary>逾期 — past the deadline without an interpretation.</summary>
    Overdue,
    /// <summary>无需解读 — flagged by the editor with a reason.</summary>
    NotRequired,
    /// <summary>The policy is not published (or not public), so no clock runs.</summary>
    NotApplicable,
    /// <summary>The deadline cannot be computed (the holiday arrangement for the year is not published).</summary>
    Unknown,
}
