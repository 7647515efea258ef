using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Fees;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Fee standards: a JSON list that Core reads and <see cref="FeeItem.ValidateStandards"/> accepts.</summary>
public sealed class FeeStandardValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, "standards", issues);
        if (node is not JsonArray)
        {
            if (node is not null)
            {
                issues.Add(Issue.Error("standards", "shape", "收费标准应为列表", "Fee standards must be a list."));
            }
            return issues;
        }
        var standards = FeeStandardsCodec.Read(node, new ReadContext(null, issues));
        issues.AddRange(FeeItem.ValidateStandards(standards));
        return issues;
    }
}
