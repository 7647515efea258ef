namespace GovOpen.Requests;

/// <summary>The receipt shown once: the query code is not stored, only its hash.</summary>
public sealed record RequestReceipt(string Number, string? QueryCode, bool Duplicate, DateOnly ReceivedOn);
