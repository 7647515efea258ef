namespace GovOpen.Core.Validity;

/// <summary>What a clause in a new document does to an earlier one.</summary>
public enum AmendmentKind
{
    Abolish,
    Revise,
    DeclareInvalid,
}
