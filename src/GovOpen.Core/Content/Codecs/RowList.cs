using System.Text.Json.Nodes;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// A property stored as a list of rows (基层政务公开标准目录, 重大行政决策事项目录), as every part of GovOpen handles it:
/// the data editor's validator and the pre-publication check read and check it (<see cref="Check"/>), the site shows
/// the rows the back office would accept (<c>RowList.ValidRows</c>).
/// </summary>
public interface IRowList
{
    string Alias { get; }

    /// <summary>The list's name (基层政务公开标准目录) and its English name, for messages.</summary>
    string Name { get; }

    string NameEn { get; }

    /// <summary>Reads and checks a stored value, adding every problem; returns each readable row's place and text for the text checks.</summary>
    IReadOnlyList<(string Where, string WhereEn, string Text)> Check(JsonNode node, List<Issue> issues);
}

/// <summary>
/// One row-list property: not a list is one error naming the property, a row that is not an object is reported by its
/// number, each object is read by <paramref name="readRow"/> (which reports its own problems and returns null to leave
/// the row out), and <paramref name="validate"/> gives the rules of the rows read.
/// </summary>
public sealed class RowList<T>(
    string alias,
    string name,
    string nameEn,
    string rowName,
    string rowNameEn,
    Func<JsonObject, int, List<Issue>, T?> readRow,
    Func<IReadOnlyList<T>, IReadOnlyList<Issue>> validate,
    Func<T, string> text) : IRowList
    where T : class
{
    public string Alias => alias;

    public string Name => name;

    public string NameEn => nameEn;

    public IReadOnlyList<T> Read(JsonNode? node, List<Issue> issues)
    {
        var rows = new List<T>();
        if (node is null)
        {
            return rows;
        }
        if (node is not JsonArray array)
        {
            issues.Add(Issue.Error(alias, "not-a-list", $"{name}应为列表", $"The {nameEn} must be a list."));
            return rows;
        }
        for (var n = 0; n < array.Count; n++)
        {
            if (array[n] is not JsonObject o)
            {
                issues.Add(Issue.Error(alias, "not-an-entry", $"第{n + 1}项不是{name}的条目", $"Row {n + 1} is not an entry."));
                continue;
            }
            if (readRow(o, n, issues) is { } row)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    public IReadOnlyList<Issue> Validate(IReadOnlyList<T> rows) => validate(rows);

    /// <summary>The rows a page may show: each readable and accepted by the rules on its own; a row the back office would refuse is left out.</summary>
    public IReadOnlyList<T> ValidRows(JsonNode? node) => Read(node, []).Where(r => validate([r]).Count == 0).ToList();

    public IReadOnlyList<(string Where, string WhereEn, string Text)> Check(JsonNode node, List<Issue> issues)
    {
        var rows = Read(node, issues);
        issues.AddRange(validate(rows));
        return rows.Select((r, i) => ($"{rowName}第{i + 1}项", $"{rowNameEn} row {i + 1}", text(r))).ToList();
    }

    /// <summary>A row's text field, trimmed; empty when missing.</summary>
    public static string Text(JsonObject row, string key) => ScalarCodecs.ReadText(row[key])?.Trim() ?? "";
}
