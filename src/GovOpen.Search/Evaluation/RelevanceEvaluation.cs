using System.Globalization;
using System.Text;

namespace GovOpen.Search.Evaluation;

/// <summary>Mean nDCG@10 and MRR of one ranker, overall and per query class.</summary>
internal sealed record RankerScore(string Ranker, double Ndcg, double Mrr, IReadOnlyDictionary<string, (double Ndcg, double Mrr, int Queries)> ByClass);

/// <summary>Runs a judged set against the three rankers (docs/benchmarks.md, "Search relevance").</summary>
internal static class RelevanceEvaluation
{
    public const int K = 10;

    public static IReadOnlyList<RankerScore> Run(IReadOnlyList<SearchDocument> corpus, JudgedSet judged, Action<string>? log = null)
    {
        var ids = corpus.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var q in judged.Queries)
        {
            foreach (var id in q.Grades.Keys.Where(id => !ids.Contains(id)))
            {
                log?.Invoke($"警告 warning: “{q.Query}” grades {id}, which is not in the corpus");
            }
        }
        var rankers = new IRanker[] { new ExamineDefaultRanker(corpus), new BigramBaseRanker(corpus), new GovOpenRanker(corpus) };
        try
        {
            return rankers.Select(r => Score(r, judged)).ToList();
        }
        finally
        {
            foreach (var r in rankers)
            {
                r.Dispose();
            }
        }
    }

    public static RankerScore Score(IRanker ranker, JudgedSet judged)
    {
        var rows = judged.Queries.Select(q =>
        {
            var ranked = ranker.Rank(q.Query, K);
            return (q.Class, Ndcg: RankingMetrics.Ndcg(ranked, q.Grades, K), Rr: RankingMetrics.ReciprocalRank(ranked, q.Grades, K));
        }).ToList();
        var byClass = rows.GroupBy(r => r.Class, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Average(r => r.Ndcg), g.Average(r => r.Rr), g.Count()), StringComparer.Ordinal);
        return new RankerScore(ranker.Name, rows.Count == 0 ? 0 : rows.Average(r => r.Ndcg), rows.Count == 0 ? 0 : rows.Average(r => r.Rr), byClass);
    }

    /// <summary>The scores as a Markdown table: one row per query class and one for all queries.</summary>
    public static string Table(IReadOnlyList<RankerScore> scores)
    {
        var sb = new StringBuilder();
        sb.Append("| query class | queries |");
        foreach (var s in scores)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {s.Ranker} nDCG@{K} / MRR |");
        }
        sb.AppendLine();
        sb.Append("|---|---|").Append(string.Concat(scores.Select(_ => "---|"))).AppendLine();
        var classes = scores.SelectMany(s => s.ByClass.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {c} | {scores[0].ByClass[c].Queries} |");
            foreach (var s in scores)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {s.ByClass[c].Ndcg:0.000} / {s.ByClass[c].Mrr:0.000} |");
            }
            sb.AppendLine();
        }
        sb.Append(CultureInfo.InvariantCulture, $"| all | {scores[0].ByClass.Values.Sum(v => v.Queries)} |");
        foreach (var s in scores)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {s.Ndcg:0.000} / {s.Mrr:0.000} |");
        }
        sb.AppendLine();
        return sb.ToString();
    }
}
