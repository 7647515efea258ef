namespace GovOpen.Core.Disclosure;

/// <summary>
/// The disclosure decision recorded on a document: the attribute, and for anything other than 主动公开 the
/// legal ground, an explanation and the date of the next re-assessment (art. 18).
/// </summary>
public sealed record DisclosureDecision(
    DisclosureAttribute Attribute,
    DisclosureGround? Ground = null,
    string? Reason = null,
    DateOnly? ReviewDate = null)
{
    public const string Field = "disclosure";

    public static DisclosureDecision Proactive { get; } = new(DisclosureAttribute.Proactive);

    /// <summary>Checks the decision (80号: reasons are required for non-disclosure).</summary>
    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (Attribute == DisclosureAttribute.Proactive)
        {
            if (Ground is not null)
            {
                issues.Add(Issue.Warn(Field, "ground-ignored", "主动公开的文件无需填写不公开依据，已忽略", "A proactively disclosed document needs no ground; ignored."));
            }
            return issues;
        }
        if (Ground is null)
        {
            issues.Add(Issue.Error(Field, "ground-required", $"公开属性为“{Attribute.Name()}”时必须选择法律依据（《政府信息公开条例》第十四、十五、十六条）", $"A legal ground is required when the attribute is {Attribute.Alias()}."));
        }
        else if (Attribute == DisclosureAttribute.NotDisclosed && DisclosureNames.Grounds.Has(Ground.Value, DisclosureNames.OnRequestOnly))
        {
            issues.Add(Issue.Error(Field, "ground-mismatch", "不予公开须依据第十四、十五或十六条，“不属于主动公开范围”只适用于依申请公开", "Non-disclosure needs an art. 14, 15 or 16 ground; art. 13 only fits on-request disclosure."));
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            issues.Add(Issue.Error(Field, "reason-required", $"公开属性为“{Attribute.Name()}”时必须说明理由", $"A reason is required when the attribute is {Attribute.Alias()}."));
        }
        return issues;
    }
}
