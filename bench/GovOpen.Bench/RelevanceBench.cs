using GovOpen.Core.Disclosure;
using GovOpen.Core.Time;
using GovOpen.Packaging;
using GovOpen.Search;
using GovOpen.Search.Evaluation;

namespace GovOpen.Bench;

/// <summary>
/// <c>GovOpen.Bench relevance --package DIR --judged FILE</c>: nDCG@10 and MRR of (a) Examine's defaults, (b) the
/// bigram base and (c) GovOpen's ranking over the public content of a package, per query class (docs/benchmarks.md,
/// "Search relevance").
/// </summary>
internal static class RelevanceBench
{
    public static int Run(string package, string judgedPath)
    {
        var judged = JudgedSet.Parse(File.ReadAllText(judgedPath));
        var set = ContentPackage.Load(package).ToContentSet();
        foreach (var p in set.Problems)
        {
            Console.Error.WriteLine($"警告 warning: {p.Message}");
        }
        var corpus = ContentIndexing.DocumentList(PublicSurface.Of(set, AgencyClock.System.Today));
        Console.WriteLine($"# search relevance — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; corpus: {judged.Corpus} ({corpus.Count:N0} public documents of {package}); {judged.Queries.Count} judged queries ({judgedPath})");
        Console.WriteLine();
        Console.Write(RelevanceEvaluation.Table(RelevanceEvaluation.Run(corpus, judged, Console.Error.WriteLine)));
        return 0;
    }
}
