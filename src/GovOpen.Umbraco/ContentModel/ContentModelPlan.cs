using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// The ordered install plan, like a migration plan: every step has a stable id, and a later version only adds
/// steps (a new property of the definition becomes a new <see cref="PropertyStep"/>, a new allowed child a new
/// <see cref="AllowedChildStep"/>). Ids are never renamed or reused.
/// </summary>
public static class ContentModelPlan
{
    public const string DocumentTypeFolder = "folder:documentTypes";
    public const string DataTypeFolder = "folder:dataTypes";

    public static IReadOnlyList<InstallStep> Steps { get; } = Build();

    private static List<InstallStep> Build()
    {
        var steps = new List<InstallStep> { new FolderStep(DocumentTypeFolder, false), new FolderStep(DataTypeFolder, true) };
        steps.AddRange(ContentModelDefinition.DataTypes.Select(d => new DataTypeStep(d)));
        foreach (var d in ContentModelDefinition.DocumentTypes)
        {
            steps.Add(new DocumentTypeStep(d));
            steps.AddRange(d.Properties.Select(p => new PropertyStep(d.Alias, p)));
        }
        steps.AddRange(ContentModelDefinition.DocumentTypes.SelectMany(d => d.AllowedChildren.Select(c => new AllowedChildStep(d.Alias, c))));
        // No relation type of our own: 解读关联 references are tracked by Umbraco's umbDocument relation
        // (InterpretationLinkReferenceFactory). The former step id "relationType:govPolicyInterpretation" is retired.
        steps.Add(new UserGroupStep(GovUserGroups.RequestClerks, GovUserGroups.RequestClerksName));
        return steps;
    }
}
