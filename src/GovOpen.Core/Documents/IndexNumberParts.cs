namespace GovOpen.Core.Documents;

public sealed record IndexNumberParts(string Value, int? Year, int Sequence);
