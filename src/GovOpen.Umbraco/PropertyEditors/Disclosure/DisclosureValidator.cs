using GovOpen.Core;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A disclosure decision that Core can read and that <see cref="DisclosureDecision.Validate"/> accepts.</summary>
public sealed class DisclosureValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, DisclosureDecision.Field, issues);
        if (node is null)
        {
            return issues;
        }
        var decision = DisclosureCodec.Read(node, new ReadContext(null, issues));
        if (issues.Count == 0)
        {
            issues.AddRange(decision.Validate());
        }
        return issues;
    }
}
