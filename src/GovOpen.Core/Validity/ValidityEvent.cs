namespace GovOpen.Core.Validity;

/// <summary>One transition in a document's validity history.</summary>
public sealed record ValidityEvent(ValidityEventKind Kind, DateOnly Date, DocumentRef? By = null, DateOnly? ValidUntil = null, string? Note = null);
