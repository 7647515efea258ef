using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content.Codecs;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A validity record: a JSON object that Core's <see cref="ValidityCodec"/> reads without errors.</summary>
public sealed class ValidityValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        if (ParseAs<JsonObject>(value, "validity", issues, "有效性的值应为对象", "The validity value must be an object.") is { } node)
        {
            ValidityCodec.Read(node, new ReadContext(null, issues));
        }
        return issues;
    }
}
