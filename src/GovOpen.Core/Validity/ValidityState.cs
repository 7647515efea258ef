namespace GovOpen.Core.Validity;

/// <summary>有效性 of a document on a given day.</summary>
public enum ValidityState
{
    /// <summary>尚未生效 — published, not yet in force.</summary>
    NotYetEffective,
    /// <summary>现行有效.</summary>
    InForce,
    /// <summary>已修订 (部分修订) — revised by a later document; that document gives the current text.</summary>
    Revised,
    /// <summary>已废止 — abolished by a decision.</summary>
    Abolished,
    /// <summary>已失效 — its validity period ended, or it was declared invalid.</summary>
    Expired,
}
