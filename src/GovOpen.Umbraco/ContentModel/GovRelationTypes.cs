namespace GovOpen.Umbraco.ContentModel;

/// <summary>Relation types GovOpen installs.</summary>
public static class GovRelationTypes
{
    /// <summary>Links a policy (parent) to its interpretations (children).</summary>
    public const string Interpretation = "govPolicyInterpretation";
}
