namespace GovOpen.Core.Validity;

/// <summary>
/// A proposed cascade found in a new document's body: the earlier document (by 文号 and/or 《title》),
/// what happens to it and from when (null: from the new document's effective date).
/// </summary>
public sealed record AmendmentProposal(AmendmentKind Kind, string? TargetDocumentNumber, string? TargetTitle, DateOnly? EffectiveDate, string Sentence, int Index)
{
    public ValidityEventKind EventKind => Kind switch
    {
        AmendmentKind.Abolish => ValidityEventKind.Abolished,
        AmendmentKind.Revise => ValidityEventKind.Revised,
        _ => ValidityEventKind.DeclaredInvalid,
    };
}
