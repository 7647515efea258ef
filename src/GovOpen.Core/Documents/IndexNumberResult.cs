namespace GovOpen.Core.Documents;

public sealed record IndexNumberResult(IndexNumberParts? Value, Issue? Error)
{
    public bool IsValid => Value is not null;
}
