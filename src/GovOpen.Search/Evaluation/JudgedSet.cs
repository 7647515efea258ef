using System.Text.Json;
using GovOpen.Core;

namespace GovOpen.Search.Evaluation;

/// <summary>One judged query: its text, its class (title word, body phrase, 文号 variant…) and graded documents.</summary>
/// <param name="Grades">Document id → grade, 0 (not relevant) to 3 (the document asked for); unjudged documents count as 0.</param>
internal sealed record JudgedQuery(string Query, string Class, IReadOnlyDictionary<string, int> Grades);

/// <summary>
/// A judged query set (docs/benchmarks.md, "Search relevance"): a JSON file
/// <c>{"corpus": "…provenance…", "queries": [{"query": "最低工资", "class": "title", "grades": {"id": 3, …}}, …]}</c>.
/// </summary>
internal sealed record JudgedSet(string Corpus, IReadOnlyList<JudgedQuery> Queries)
{
    public const int MaxGrade = 3;

    /// <summary>Reads a judged set; every error names the query and the field.</summary>
    public static JudgedSet Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Bad("judged", $"不是有效的JSON：{e.Message}", $"not valid JSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Array)
            {
                throw Bad("queries", "缺少查询列表 queries", "'queries' (an array) is missing");
            }
            var corpus = root.TryGetProperty("corpus", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            var list = new List<JudgedQuery>();
            var i = 0;
            foreach (var q in queries.EnumerateArray())
            {
                var at = $"queries[{i}]";
                var text = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("query", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : "";
                if (text.Length == 0)
                {
                    throw Bad($"{at}.query", "查询文字为空", "the query text is missing or empty");
                }
                var cls = q.TryGetProperty("class", out var k) && k.ValueKind == JsonValueKind.String && k.GetString()!.Trim() is { Length: > 0 } s ? s : "";
                if (cls.Length == 0)
                {
                    throw Bad($"{at}.class", $"查询“{text}”缺少类别", $"query '{text}' has no class");
                }
                if (!q.TryGetProperty("grades", out var g) || g.ValueKind != JsonValueKind.Object)
                {
                    throw Bad($"{at}.grades", $"查询“{text}”缺少评分", $"query '{text}' has no grades object");
                }
                var grades = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var p in g.EnumerateObject())
                {
                    if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt32(out var grade) || grade is < 0 or > MaxGrade)
                    {
                        throw Bad($"{at}.grades.{p.Name}", $"评分应为0到{MaxGrade}的整数", $"a grade is a whole number from 0 to {MaxGrade}");
                    }
                    grades[p.Name] = grade;
                }
                if (!grades.Values.Any(v => v > 0))
                {
                    throw Bad($"{at}.grades", $"查询“{text}”没有相关文档", $"query '{text}' has no document graded above 0");
                }
                list.Add(new JudgedQuery(text, cls, grades));
                i++;
            }
            return new JudgedSet(corpus, list);
        }
    }

    private static GovOpenException Bad(string field, string zh, string en) =>
        new(Issue.Error(field, "invalid", $"评测集 {field}：{zh}", $"Judged set {field}: {en}"));
}

/// <summary>nDCG@k and reciprocal rank over graded judgments (gain 2^grade − 1, discount log2(rank + 1)).</summary>
internal static class RankingMetrics
{
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    /// <summary>1 / the rank of the first document graded above 0 within the first <paramref name="k"/>; 0 when none is.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k = 10)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double Dcg(IReadOnlyList<int> gains)
    {
        var sum = 0.0;
        for (var i = 0; i < gains.Count; i++)
        {
            sum += (Math.Pow(2, gains[i]) - 1) / Math.Log2(i + 2);
        }
        return sum;
    }
}
