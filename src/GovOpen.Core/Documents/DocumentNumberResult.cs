namespace GovOpen.Core.Documents;

/// <summary>Result of parsing: a value with warnings (tolerated variants that were normalized), or an error.</summary>
public sealed record DocumentNumberResult(DocumentNumber? Value, Issue? Error, IReadOnlyList<Issue> Warnings)
{
    public bool IsValid => Value is not null;
}
