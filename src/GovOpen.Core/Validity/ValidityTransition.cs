namespace GovOpen.Core.Validity;

/// <summary>One row of the derived timeline (includes automatic expiry, which nobody records).</summary>
public sealed record ValidityTransition(DateOnly Date, ValidityState State, DocumentRef? By, string Label);
