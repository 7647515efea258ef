namespace GovOpen.Core.Documents;

/// <summary>A 文号 cited inside a body of text.</summary>
public sealed record DocumentNumberMatch(DocumentNumber Number, int Index, int Length, string Original);
