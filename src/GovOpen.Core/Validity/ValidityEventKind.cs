namespace GovOpen.Core.Validity;

/// <summary>What happened to a document's validity.</summary>
public enum ValidityEventKind
{
    /// <summary>施行: comes into force (effective date), with an optional end of validity.</summary>
    Effective,
    /// <summary>修订: revised (wholly or partly) by another document.</summary>
    Revised,
    /// <summary>延长有效期: validity period extended by a decision taken while in force.</summary>
    Extended,
    /// <summary>废止: abolished.</summary>
    Abolished,
    /// <summary>宣布失效: declared invalid (e.g. in a clean-up, 清理).</summary>
    DeclaredInvalid,
}
