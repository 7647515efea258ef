using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content.Codecs;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A row-list value (标准目录, 决策事项目录): a JSON list, every row readable and following Core's rules (<see cref="IRowList.Check"/>).</summary>
public abstract class RowListValidator(IRowList list) : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        if (ParseAs<JsonArray>(value, list.Alias, issues, $"{list.Name}应为列表", $"The {list.NameEn} must be a list.") is { } node)
        {
            list.Check(node, issues);
        }
        return issues;
    }
}
