using System.Diagnostics;
using System.Text.RegularExpressions;
using GovOpen.Search;
using Lucene.Net.Search.Highlight;
using Highlighter = GovOpen.Search.Highlighter;
using Fields = GovOpen.Search.Fields;

namespace GovOpen.Bench;

/// <summary>
/// Our highlighter against Lucene.Net.Highlighter (QueryScorer over the same query, SimpleFragmenter of the same
/// length, the same bigram analyzer) on the top-10 hits of queries over the word corpus: how often the snippet marks
/// the whole typed phrase as one span, and the time per snippet. Two query sets: phrases cut from bodies, and
/// phrases cut across a comma with the comma left out (the analyzer bridges it, so both engines find the document).
/// </summary>
internal static partial class HighlightBench
{
    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Marked();

    public static void Run(int n, int queries)
    {
        var docs = new WordCorpus().Generate(n);
        var bodies = docs.ToDictionary(d => d.Id, d => d.Body);
        using var index = GovSearchIndex.Open(new SearchIndexOptions { Kind = SearchIndexKind.Editorial });
        index.Rebuild(docs);
        var r = new Random(11);
        var plain = Corpus.Queries(docs, queries, 4, 6, 5);
        var bridged = new List<string>();
        while (bridged.Count < queries)
        {
            var body = docs[r.Next(docs.Count)].Body;
            var comma = body.IndexOf('，', r.Next(body.Length));
            if (comma < 3 || comma + 3 > body.Length)
            {
                continue;
            }
            var cut = body.Substring(comma - 3, 6);
            if (cut.Count(c => c == '，') == 1 && cut.Replace("，", "").All(c => c is >= '\u4e00' and <= '\u9fff'))
            {
                bridged.Add(cut.Replace("，", ""));
            }
        }
        Console.WriteLine($"# highlighters on {n:N0} word-corpus documents, top 10 hits of {queries} queries per set, snippets of {Highlighter.DefaultSnippetLength} characters");
        Console.WriteLine();
        Console.WriteLine("| query set | highlighter | snippets | whole phrase marked as one span | ms per snippet (p50 / p99) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (label, set) in new[] { ("phrase cut from a body", plain), ("phrase across a comma", bridged) })
        {
            var work = new List<(string Query, string Body, Lucene.Net.Search.Query Lucene)>();
            foreach (var q in set)
            {
                var built = QueryBuilder.Build(q, false);
                foreach (var hit in index.Search(new SearchQuery { Text = q, Take = 10, IncludeFacets = false, IncludeSnippets = false }).Hits)
                {
                    work.Add((q, bodies[hit.Id], built.TextQuery!));
                }
            }
            Report(label, "GovOpen (ours)", work, w => Highlighter.Snippet(w.Body, [w.Query]));
            Report(label, "Lucene.Net.Highlighter 4.8 (QueryScorer)", work, w =>
            {
                var scorer = new QueryScorer(w.Lucene, Fields.Body);
                var h = new Lucene.Net.Search.Highlight.Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), scorer)
                {
                    TextFragmenter = new SimpleFragmenter(Highlighter.DefaultSnippetLength),
                };
                return h.GetBestFragment(Analyzers.Bigram, Fields.Body, w.Body) ?? "";
            });
        }
    }

    private static void Report(string label, string name, List<(string Query, string Body, Lucene.Net.Search.Query Lucene)> work, Func<(string Query, string Body, Lucene.Net.Search.Query Lucene), string> snippet)
    {
        foreach (var w in work.Take(200))
        {
            snippet(w); // warm-up
        }
        var times = new double[work.Count];
        var whole = 0;
        string? firstMiss = null;
        var sw = new Stopwatch();
        for (var i = 0; i < work.Count; i++)
        {
            sw.Restart();
            var s = snippet(work[i]);
            times[i] = sw.Elapsed.TotalMilliseconds;
            // One marked span whose Han characters are exactly the query (punctuation inside the span allowed).
            if (Marked().Matches(s).Any(m => new string(m.Groups[1].Value.Where(c => c is >= '\u4e00' and <= '\u9fff').ToArray()) == work[i].Query))
            {
                whole++;
            }
            else
            {
                firstMiss ??= $"{work[i].Query} → {s}";
            }
        }
        Array.Sort(times);
        Console.WriteLine($"| {label} | {name} | {work.Count:N0} | {100.0 * whole / Math.Max(1, work.Count):0.0}% | {times[times.Length / 2]:0.000} / {times[Math.Min(times.Length - 1, times.Length * 99 / 100)]:0.000} |");
        if (firstMiss is not null)
        {
            Console.Error.WriteLine($"{name}, first snippet without the whole phrase: {firstMiss}");
        }
    }
}
