using GovOpen.Core;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// 解读关联: at least one policy, every target exists and is 主动公开. The lookup is given by the plugin (content
/// service in a host, a dictionary in tests).
/// </summary>
public sealed class InterpretationLinkValidator(Func<string, PolicyDocument?> findPolicy) : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, InterpretationRules.Field, issues);
        if (node is null)
        {
            return issues;
        }
        issues.AddRange(InterpretationRules.ValidateLinks(ScalarCodecs.ReadIds(node), findPolicy));
        return issues;
    }
}
