using System.Diagnostics;
using GovOpen.Search;
using Fields = GovOpen.Search.Fields;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GovOpen.Bench;

/// <summary>Where the time of a query goes: Lucene matching alone, with and without a filter, and the full Search call.</summary>
internal static class Profile
{
    public static void Run(int n)
    {
        var docs = Corpus.Generate(n);
        var q4 = Corpus.Queries(docs, 500, 4, 4, 2);
        using var dir = new RAMDirectory();
        using (var w = new IndexWriter(dir, new IndexWriterConfig(BigramAnalyzer.Version, Analyzers.PerField())))
        {
            foreach (var d in docs)
            {
                var doc = new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.TextField(Fields.Title, d.Title, Lucene.Net.Documents.Field.Store.YES),
                    new Lucene.Net.Documents.TextField(Fields.Body, d.Body, Lucene.Net.Documents.Field.Store.YES),
                    new Lucene.Net.Documents.StringField(Fields.Year, d.Year!.Value.ToString(), Lucene.Net.Documents.Field.Store.NO),
                };
                w.AddDocument(doc);
            }
            w.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader);
        Time("body phrase only, no filter", null, q4, searcher, q => Phrase(Fields.Body, q));
        Time("body phrase + year filter (conjunction)", null, q4, searcher, q => new BooleanQuery { { Phrase(Fields.Body, q), Occur.MUST }, { new TermQuery(new Term(Fields.Year, "2017")), Occur.MUST } });
        Time("title^3 OR body phrase + year filter", null, q4, searcher, q => new BooleanQuery { { QueryBuilder.TextTermQuery(q, false)!, Occur.MUST }, { new TermQuery(new Term(Fields.Year, "2017")) { Boost = 0 }, Occur.MUST } });
        Time("title^3 OR body phrase, no filter", null, q4, searcher, q => QueryBuilder.TextTermQuery(q, false)!);
        var hits = q4.Select(q => searcher.Search(Phrase(Fields.Body, q), 1).TotalHits).Order().ToList();
        Console.WriteLine($"median hits of a 4-char phrase: {hits[hits.Count / 2]} of {n}");
    }

    private static Query Phrase(string field, string q)
    {
        var p = new PhraseQuery();
        foreach (var (t, pos) in Analyzers.Tokens(Analyzers.Bigram, field, q))
        {
            p.Add(new Term(field, t), pos);
        }
        return p;
    }

    private static void Time(string label, object? _, List<string> queries, IndexSearcher searcher, Func<string, Query> build)
    {
        foreach (var q in queries.Take(100))
        {
            searcher.Search(build(q), 10);
        }
        var times = queries.Select(q =>
        {
            var sw = Stopwatch.StartNew();
            searcher.Search(build(q), 10);
            return sw.Elapsed.TotalMilliseconds;
        }).Order().ToArray();
        Console.WriteLine($"{label}: p50 {times[times.Length / 2]:0.00} ms, p99 {times[(int)(times.Length * 0.99)]:0.00} ms");
    }
}

internal static class ProfileSearch
{
    public static void Run(int n)
    {
        var docs = Corpus.Generate(n);
        var q4 = Corpus.Queries(docs, 600, 4, 4, 2);
        var path = System.IO.Directory.CreateTempSubdirectory("govopen-prof").FullName;
        try
        {
            using var index = GovSearchIndex.Open(new SearchIndexOptions { Path = path, Kind = SearchIndexKind.Editorial });
            index.Rebuild(docs);
            var filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2017"] };
            foreach (var take in new[] { 10, 1, 10 })
            {
                var t = q4.Select(q =>
                {
                    var sw = Stopwatch.StartNew();
                    index.Search(new SearchQuery { Text = q, Filters = filters, IncludeFacets = false, Take = take });
                    return sw.Elapsed.TotalMilliseconds;
                }).Skip(100).Order().ToArray();
                Console.WriteLine($"Search take={take}: p50 {t[t.Length / 2]:0.00} ms, p99 {t[(int)(t.Length * 0.99)]:0.00}");
            }
            var t2 = q4.Select(q =>
            {
                var sw = Stopwatch.StartNew();
                index.Search(new SearchQuery { Text = q, Filters = filters, IncludeFacets = false, Take = 10, TitleOnly = true });
                return sw.Elapsed.TotalMilliseconds;
            }).Skip(100).Order().ToArray();
            Console.WriteLine($"Search title-only: p50 {t2[t2.Length / 2]:0.00} ms");
        }
        finally
        {
            System.IO.Directory.Delete(path, true);
        }
    }
}

/// <summary>Where indexing time goes: analysis of the bodies alone (single thread) against the whole rebuild.</summary>
internal static class ProfileIndexing
{
    public static void Run(int n)
    {
        var docs = new WordCorpus().Generate(n);
        var sw = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var d in docs)
        {
            using var ts = Analyzers.Bigram.GetTokenStream(Fields.Body, d.Body);
            ts.Reset();
            while (ts.IncrementToken())
            {
                tokens++;
            }
            ts.End();
        }
        Console.WriteLine($"analysis of {n:N0} bodies, one thread: {sw.Elapsed.TotalSeconds:0.00} s ({n / sw.Elapsed.TotalSeconds:N0} docs/s, {tokens:N0} tokens)");
        foreach (var (merge, ram) in new[] { (1, 96.0), (0, 96.0), (0, 256.0) })
        {
            var path = System.IO.Directory.CreateTempSubdirectory("govopen-profile-index").FullName;
            try
            {
                using var index = GovSearchIndex.Open(new SearchIndexOptions { Path = path, Kind = SearchIndexKind.Editorial, MaxSegmentsAfterRebuild = merge, RamBufferMb = ram });
                sw.Restart();
                index.Rebuild(docs);
                Console.WriteLine($"rebuild (merge to {merge} segments, RAM buffer {ram} MB): {sw.Elapsed.TotalSeconds:0.00} s ({n / sw.Elapsed.TotalSeconds:N0} docs/s)");
            }
            finally
            {
                System.IO.Directory.Delete(path, true);
            }
        }
    }
}

/// <summary>The site's loading path, phase by phase (package read and parse, content set, public surface), cold and warm.</summary>
internal static class ProfileLoad
{
    public static void Run(string package)
    {
        for (var round = 1; round <= 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var p = GovOpen.Packaging.ContentPackage.Load(package);
            var read = sw.Elapsed.TotalMilliseconds;
            var set = p.ToContentSet();
            var mapped = sw.Elapsed.TotalMilliseconds;
            var surface = GovOpen.Core.Disclosure.PublicSurface.Of(set, new DateOnly(2026, 12, 1));
            var total = sw.Elapsed.TotalMilliseconds;
            var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
            GC.KeepAlive(surface);
            Console.WriteLine($"round {round}: package read and parsed {read:0} ms, content set {mapped - read:0} ms, public surface {total - mapped:0} ms ({surface.Items.Count:N0} public items); total {total:0} ms; managed heap with all three {heap:0} MiB");
        }
    }
}
