using GovOpen.Core;
using GovOpen.Search;
using GovOpen.Search.Evaluation;

namespace GovOpen.Search.Tests;

/// <summary>
/// The judged-set harness (docs/benchmarks.md, "Search relevance"): its metrics, its file's errors, and the three
/// rankers it compares, on a corpus small enough to reason about by hand.
/// </summary>
public class RelevanceEvaluationTests
{
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 3, ["b"] = 1 };

    [Fact]
    public void Ndcg_and_reciprocal_rank_follow_their_definitions()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "b"], Grades), 12);
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "x", "y"], new Dictionary<string, int> { ["a"] = 2 }), 12);
        // b then a: (1 + 7 / log2 3) / (7 + 1 / log2 3)
        Assert.Equal((1 + 7 / Math.Log2(3)) / (7 + 1 / Math.Log2(3)), RankingMetrics.Ndcg(["b", "a"], Grades), 12);
        Assert.Equal(0.0, RankingMetrics.Ndcg([], Grades));
        Assert.Equal(0.0, RankingMetrics.Ndcg(["x"], Grades));
        // Only the first k count.
        Assert.Equal(0.0, RankingMetrics.Ndcg(["x", "a"], Grades, k: 1));
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(["x", "b", "a"], Grades));
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["x", "y", "a"], Grades, k: 2));
    }

    [Theory]
    [InlineData("[]", "queries")]
    [InlineData("""{"queries":[{"query":" ","class":"title","grades":{"a":1}}]}""", "queries[0].query")]
    [InlineData("""{"queries":[{"query":"工资","grades":{"a":1}}]}""", "queries[0].class")]
    [InlineData("""{"queries":[{"query":"工资","class":"title","grades":{"a":5}}]}""", "queries[0].grades.a")]
    [InlineData("""{"queries":[{"query":"工资","class":"title","grades":{"a":1}},{"query":"通知","class":"title","grades":{"a":0}}]}""", "queries[1].grades")]
    [InlineData("{", "judged")]
    public void A_bad_judged_set_is_refused_naming_the_field(string json, string field)
    {
        var e = Assert.Throws<GovOpenException>(() => JudgedSet.Parse(json));
        Assert.Equal(field, e.Issue.Field);
    }

    private static SearchDocument Doc(string id, string title, string body, string validity, int year) => new()
    {
        Id = id,
        ContentType = "policyDocument",
        Title = title,
        Body = body,
        Validity = validity,
        Year = year,
        PublishedDate = new DateOnly(year, 3, 1),
    };

    // The abolished notice comes first, so where nothing else decides, index order puts it first.
    private static readonly SearchDocument[] Corpus =
    [
        Doc("old", "示例市关于调整最低工资标准的通知", "各区人民政府：现将调整最低工资标准的有关事项通知如下。", "已废止", 2019),
        Doc("new", "示例市关于调整最低工资标准的通知", "各区人民政府：现将调整最低工资标准的有关事项通知如下。", "现行有效", 2024),
        Doc("park", "示例市新港片区规划", "新港(物流)工业园区的用地布局与交通组织。", "现行有效", 2023),
    ];

    [Fact]
    public void Examine_defaults_take_a_short_chinese_query_as_one_exact_term_and_find_nothing()
    {
        using var examine = new ExamineDefaultRanker(Corpus);
        using var ours = new GovOpenRanker(Corpus);
        Assert.Empty(examine.Rank("工资", 10));
        Assert.Equal(["new", "old"], ours.Rank("工资", 10));
        // Four characters or more: every character required, so a phrase across punctuation is found by all three.
        using var bigrams = new BigramBaseRanker(Corpus);
        Assert.Equal(["park"], examine.Rank("物流工业园区", 10));
        Assert.Equal(["park"], bigrams.Rank("物流工业园区", 10));
        Assert.Equal(["park"], ours.Rank("物流工业园区", 10));
    }

    [Fact]
    public void Only_the_final_ranking_puts_the_document_in_force_first()
    {
        using var bigrams = new BigramBaseRanker(Corpus);
        using var ours = new GovOpenRanker(Corpus);
        Assert.Equal(["old", "new"], bigrams.Rank("最低工资标准", 10));
        Assert.Equal(["new", "old"], ours.Rank("最低工资标准", 10));

        var judged = JudgedSet.Parse("""
            {"corpus": "test", "queries": [
              {"query": "最低工资标准", "class": "current-vs-abolished", "grades": {"new": 3, "old": 1}},
              {"query": "工资", "class": "title", "grades": {"new": 3, "old": 1}},
              {"query": "物流工业园区", "class": "phrase", "grades": {"park": 3}}
            ]}
            """);
        var scores = RelevanceEvaluation.Run(Corpus, judged);
        Assert.Equal(["(a) Examine defaults", "(b) bigram base", "(c) GovOpen"], scores.Select(s => s.Ranker));
        var (a, b, c) = (scores[0], scores[1], scores[2]);
        Assert.Equal(0.0, a.ByClass["title"].Ndcg);
        Assert.Equal(1.0, c.ByClass["current-vs-abolished"].Ndcg, 12);
        Assert.True(b.ByClass["current-vs-abolished"].Ndcg < 1.0);
        Assert.True(c.Ndcg > b.Ndcg && b.Ndcg > a.Ndcg);
        Assert.Equal(1.0, c.Mrr, 12);
        var table = RelevanceEvaluation.Table(scores);
        Assert.Contains("| all | 3 |", table);
        Assert.Contains("| phrase | 1 |", table);
    }
}
