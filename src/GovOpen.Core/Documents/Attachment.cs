namespace GovOpen.Core.Documents;

/// <summary>An attachment (附件) of a policy document.</summary>
public sealed record Attachment(string Name, string Url, string? MediaType = null, long? SizeBytes = null, string? AlternativeFormatContact = null);
