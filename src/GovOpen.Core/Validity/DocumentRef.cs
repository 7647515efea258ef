namespace GovOpen.Core.Validity;

/// <summary>A reference to the document that caused a change: its id, 文号 and title as far as known.</summary>
public sealed record DocumentRef(string? Id = null, string? DocumentNumber = null, string? Title = null)
{
    public bool IsEmpty => Id is null && DocumentNumber is null && Title is null;

    public override string ToString() => Title ?? DocumentNumber ?? Id ?? "";
}
