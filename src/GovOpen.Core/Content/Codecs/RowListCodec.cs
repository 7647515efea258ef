using System.Text.Json.Nodes;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// A property stored as a list of rows (标准目录, 决策事项目录): not a list is one error naming the property, a row that
/// is not an object is reported by its number, and each object is read by the caller, which reports its own problems
/// and returns null to leave the row out.
/// </summary>
public static class RowListCodec
{
    public static IReadOnlyList<T> Read<T>(JsonNode? node, string field, string listName, string listNameEn, List<Issue> issues, Func<JsonObject, int, T?> readRow)
        where T : class
    {
        var rows = new List<T>();
        if (node is null)
        {
            return rows;
        }
        if (node is not JsonArray array)
        {
            issues.Add(Issue.Error(field, "not-a-list", $"{listName}应为列表", $"The {listNameEn} must be a list."));
            return rows;
        }
        for (var n = 0; n < array.Count; n++)
        {
            if (array[n] is not JsonObject o)
            {
                issues.Add(Issue.Error(field, "not-an-entry", $"第{n + 1}项不是{listName}的条目", $"Row {n + 1} is not an entry."));
                continue;
            }
            if (readRow(o, n) is { } row)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>A row's text field, trimmed; empty when missing.</summary>
    public static string Text(JsonObject row, string key) => ScalarCodecs.ReadText(row[key])?.Trim() ?? "";
}
