namespace GovOpen.Core.Validity;

/// <summary>
/// How much a document's 有效性 weighs in search ranking: for comparable relevance the document in force comes
/// first, then the revised one (its current text is elsewhere), then abolished and expired ones. Never zero — a
/// document no longer in force is still found, it only gives way (citizens looking for 最低工资 want today's standard).
/// </summary>
public static class ValidityRanking
{
    /// <summary>The factor a relevance score is multiplied by, from 0.1 to 1.</summary>
    public static double Weight(ValidityState? state) => state switch
    {
        null or ValidityState.InForce or ValidityState.NotYetEffective => 1.0,
        ValidityState.Revised => 0.6,
        ValidityState.Abolished or ValidityState.Expired => 0.3,
        _ => 1.0,
    };

    /// <summary>The weight of a validity label as shown (现行有效, 已废止 …); an unknown or empty label weighs 1.</summary>
    public static double Weight(string? label) => ValidityNames.TryParse(label, out var s) ? Weight(s) : 1.0;
}
