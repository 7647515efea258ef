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
        if (ParseAs<JsonArray>(value, "standards", issues, "收费标准应为列表", "Fee standards must be a list.") is { } node)
        {
            issues.AddRange(FeeItem.ValidateStandards(FeeStandardsCodec.Read(node, new ReadContext(null, issues))));
        }
        return issues;
    }
}
