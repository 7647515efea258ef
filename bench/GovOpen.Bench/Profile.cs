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
        if (Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_REBUILD_ONLY") is not null)
        {
            // One rebuild without the final merge (for a trace of Lucene's part alone).
            Rebuild(docs, 0, double.TryParse(Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_RAM"), out var ram) ? ram : 96);
            return;
        }
        long runs = 0;
        foreach (var d in docs)
        {
            runs += SearchCharFilters.Bridges(d.Body).Count();
        }
        Console.WriteLine($"punctuation runs between Han characters found in {n:N0} bodies, one thread: {sw.Elapsed.TotalSeconds:0.00} s ({runs:N0} runs)");
        for (var round = 0; round < 3; round++)
        {
            sw.Restart();
            foreach (var d in docs)
            {
                GovOpen.Search.Highlighter.Snippet(d.Body, ["发展", "工作"]);
            }
            var snippet = sw.Elapsed.TotalMilliseconds / n * 1000;
            sw.Restart();
            foreach (var d in docs)
            {
                GovOpen.Search.Highlighter.Fold(d.Body);
            }
            var fold = sw.Elapsed.TotalMilliseconds / n * 1000;
            sw.Restart();
            foreach (var d in docs)
            {
                GovOpen.Search.Highlighter.Matches(d.Body, []);
            }
            Console.WriteLine($"snippet of one body {snippet:0.0} µs; folding it {fold:0.0} µs; folding and removing the bridges {sw.Elapsed.TotalMilliseconds / n * 1000:0.0} µs");
        }
        if (Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_ANALYSIS_ONLY") is not null)
        {
            n = -n;
        }
        sw.Restart();
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
        var analysed = Math.Abs(n);
        Console.WriteLine($"analysis of {analysed:N0} bodies, one thread: {sw.Elapsed.TotalSeconds:0.00} s ({analysed / sw.Elapsed.TotalSeconds:N0} docs/s, {tokens:N0} tokens)");
        if (n < 0)
        {
            return;
        }
        foreach (var (merge, ram) in new[] { (1, 96.0), (0, 96.0), (0, 256.0) })
        {
            Rebuild(docs, merge, ram);
        }
    }

    private static void Rebuild(IReadOnlyList<SearchDocument> docs, int merge, double ram)
    {
        var path = System.IO.Directory.CreateTempSubdirectory("govopen-profile-index").FullName;
        try
        {
            using var index = GovSearchIndex.Open(new SearchIndexOptions { Path = path, Kind = SearchIndexKind.Editorial, MaxSegmentsAfterRebuild = merge, RamBufferMb = ram });
            var sw = Stopwatch.StartNew();
            index.Rebuild(docs);
            Console.WriteLine($"rebuild (merge to {merge} segments, RAM buffer {ram} MB): {sw.Elapsed.TotalSeconds:0.00} s ({docs.Count / sw.Elapsed.TotalSeconds:N0} docs/s)");
        }
        finally
        {
            System.IO.Directory.Delete(path, true);
        }
    }
}

/// <summary>The site's loading path, phase by phase (package read and parse, content set, public surface), cold and warm (GOVOPEN_PROFILE_ROUNDS rounds, 3 by default; 1 for a trace of the cold load alone).</summary>
internal static class ProfileLoad
{
    public static void Run(string package)
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_ROUNDS"), out var r) ? r : 3;
        for (var round = 1; round <= rounds; round++)
        {
            var sw = Stopwatch.StartNew();
            var p = GovOpen.Packaging.ContentPackage.Load(package);
            var read = sw.Elapsed.TotalMilliseconds;
            var set = p.ToContentSet();
            var mapped = sw.Elapsed.TotalMilliseconds;
            var surface = GovOpen.Core.Disclosure.PublicSurface.Of(set, new DateOnly(2026, 12, 1));
            var total = sw.Elapsed.TotalMilliseconds;
            var media = surface.MediaReferences.Count; // made on first use, after the site answers
            var mediaMs = sw.Elapsed.TotalMilliseconds - total;
            var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
            GC.KeepAlive(surface);
            Console.WriteLine($"round {round}: package read and parsed {read:0} ms, content set {mapped - read:0} ms, public surface {total - mapped:0} ms ({surface.Items.Count:N0} public items); total {total:0} ms; then the media set {mediaMs:0} ms ({media:N0} paths); managed heap with all three {heap:0} MiB");
        }
    }
}

/// <summary>
/// Query cost on a kept word-corpus index (built once into DIR, reused by later runs): the search benchmark's three
/// query sets with their year filters, without snippets (with them when GOVOPEN_PROFILE_SNIPPETS is set), through the public Search call and through Lucene alone.
/// `GOVOPEN_PROFILE_SET=4 GOVOPEN_PROFILE_ROUNDS=20` repeats one set for a trace.
/// </summary>
internal static class ProfileWordSearch
{
    public static void Run(int n, string dir, int queryCount)
    {
        var sw = Stopwatch.StartNew();
        var docs = new WordCorpus().Generate(n);
        Console.WriteLine($"corpus of {n:N0} generated in {sw.Elapsed.TotalSeconds:0.0} s");
        var years = docs.Select(d => d.Year!.Value).Distinct().ToArray();
        var r = new Random(7);
        var sets = new Dictionary<string, List<(string Q, int Year)>>
        {
            ["2"] = Corpus.Queries(docs, queryCount, 2, 2, 1).Select(q => (q, years[r.Next(years.Length)])).ToList(),
            ["4"] = Corpus.Queries(docs, queryCount, 4, 4, 2).Select(q => (q, years[r.Next(years.Length)])).ToList(),
            ["p"] = Corpus.Queries(docs, queryCount, 5, 8, 3).Select(q => (q, years[r.Next(years.Length)])).ToList(),
            // What citizens also type: one character, a pasted sentence, several words with spaces.
            ["1"] = Corpus.Queries(docs, queryCount, 1, 1, 4).Select(q => (q, years[r.Next(years.Length)])).ToList(),
            ["long"] = Corpus.Queries(docs, queryCount, 30, 60, 5).Select(q => (q, years[r.Next(years.Length)])).ToList(),
            ["words"] = Corpus.Queries(docs, queryCount, 12, 20, 6).Select(q => (string.Join(' ', q.Chunk(2).Take(8).Select(c => new string(c))), years[r.Next(years.Length)])).ToList(),
            // A list page: no text, one year, newest first (the site's policy lists).
            ["list"] = Enumerable.Range(0, queryCount).Select(_ => ("", years[r.Next(years.Length)])).ToList(),
        };
        using var index = GovSearchIndex.Open(new SearchIndexOptions { Path = dir, Kind = SearchIndexKind.Editorial });
        if (index.Count != n)
        {
            sw.Restart();
            index.Rebuild(docs);
            Console.WriteLine($"index built in {sw.Elapsed.TotalSeconds:0.0} s ({n / sw.Elapsed.TotalSeconds:N0} docs/s)");
        }
        docs = null;
        GC.Collect();
        var snippets = Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_SNIPPETS") is not null;
        var facets = Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_FACETS") is not null;
        SearchResult Bare(string text, int year) => index.Search(new SearchQuery
        {
            Text = text,
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = [year.ToString(System.Globalization.CultureInfo.InvariantCulture)] },
            IncludeFacets = facets,
            IncludeSnippets = snippets,
        });
        foreach (var (q, y) in sets["2"].Take(300))
        {
            Bare(q, y);
        }
        if (Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_RUNS") is not null)
        {
            YearRuns(index.CurrentPath!);
            return;
        }
        if (Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_QUERY") is { } explain)
        {
            Explain(index.CurrentPath!, explain, sets["4"][0].Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        var only = Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_SET");
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_ROUNDS"), out var rr) ? rr : 1;
        foreach (var (name, set) in sets)
        {
            if (only is not null && only != name)
            {
                continue;
            }
            for (var round = 0; round < rounds; round++)
            {
                var times = set.Select(x =>
                {
                    var t = Stopwatch.StartNew();
                    Bare(x.Q, x.Year);
                    return (t.Elapsed.TotalMilliseconds, x.Q);
                }).OrderBy(x => x.Item1).ToArray();
                if (round == rounds - 1 && Environment.GetEnvironmentVariable("GOVOPEN_PROFILE_DUMP") is { } dump)
                {
                    File.WriteAllLines($"{dump}-{name}.tsv", times.Select(x => $"{x.Item1:0.000}\t{x.Q}\t{set.First(s => s.Q == x.Q).Year}"));
                }
                if (round == rounds - 1)
                {
                    var totals = set.Take(200).Select(x => Bare(x.Q, x.Year).Total).Order().ToArray();
                    Console.WriteLine($"set {name}{(snippets ? " with snippets" : "")}{(facets ? " with facets" : "")}: p50 {times[times.Length / 2].Item1:0.00} ms, p90 {times[times.Length * 9 / 10].Item1:0.00}, p99 {times[(int)(times.Length * 0.99)].Item1:0.00}; hits with filter p50 {totals[totals.Length / 2]:N0}; slowest {string.Join(", ", times[^3..].Select(x => $"{x.Q} {x.Item1:0.0}"))}");
                }
            }
        }
    }

    /// <summary>How the index lays out each year's documents: the runs of consecutive documents and the gaps the filtered scorer jumps.</summary>
    private static void YearRuns(string path)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(dir);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(Fields.Year).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = terms.Docs(null, null, DocsFlags.NONE);
                int d, last = -2, runs = 0, jumps = 0, n = 0, first = -1;
                while ((d = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (first < 0) { first = d; }
                    n++;
                    if (d != last + 1) { runs++; if (d - last > SkippingScorer.Gap) { jumps++; } }
                    last = d;
                }
                Console.WriteLine($"segment of {leaf.AtomicReader.MaxDoc:N0}: year {terms.Term.Utf8ToString()}: {n:N0} documents from {first:N0} to {last:N0} in {runs:N0} runs, {jumps:N0} gaps over {SkippingScorer.Gap}");
            }
        }
    }

    /// <summary>One query taken apart: each bigram's document frequency and the time of the query's parts.</summary>
    private static void Explain(string path, string text, string year)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader);
        var tokens = Analyzers.Tokens(Analyzers.Bigram, Fields.Body, text);
        Console.WriteLine($"{text}: " + string.Join(", ", tokens.Select(t => $"{t.Term} body {reader.DocFreq(new Term(Fields.Body, t.Term)):N0} title {reader.DocFreq(new Term(Fields.Title, t.Term)):N0}")) + $"; year {year} {reader.DocFreq(new Term(Fields.Year, year)):N0}");
        PhraseQuery Phrase(string field)
        {
            var p = new PhraseQuery();
            foreach (var (t, pos) in tokens)
            {
                p.Add(new Term(field, t), pos);
            }
            return p;
        }
        var yearQ = new TermQuery(new Term(Fields.Year, year));
        Query Beneath(Query q) => BitsFilter.Apply(q, yearQ);
        var parts = new (string, Func<Query>)[]
        {
            ("body phrase", () => Phrase(Fields.Body)),
            ("body phrase, year beneath", () => Beneath(Phrase(Fields.Body))),
            ("title phrase, year beneath", () => Beneath(Phrase(Fields.Title))),
            ("title^3 | body, year beneath", () => Beneath(QueryBuilder.TextTermQuery(text, false)!)),
            ("whole built query, year beneath", () => Beneath(QueryBuilder.Build(text, false).TextQuery!)),
            ("whole built query boosted by validity, year beneath", () => Beneath(new Lucene.Net.Queries.Function.BoostedQuery(QueryBuilder.Build(text, false).TextQuery!, new ValidityWeightSource()))),
            ("body phrase of every other pair (a cover; not used, docs/benchmarks.md), year beneath", () => { var p = new PhraseQuery(); for (var i = 0; i < tokens.Count; i++) { if (i % 2 == 0 || i == tokens.Count - 1) { p.Add(new Term(Fields.Body, tokens[i].Term), tokens[i].Position); } } return Beneath(p); }),
            ("body terms as a conjunction (no positions), year beneath", () =>
            {
                var b = new BooleanQuery();
                foreach (var t in tokens)
                {
                    b.Add(new TermQuery(new Term(Fields.Body, t.Term)), Occur.MUST);
                }
                return Beneath(b);
            }),
        };
        var rnd = new Random(3);
        var ids = Enumerable.Range(0, 20_000).Select(_ => rnd.Next(reader.MaxDoc)).ToArray();
        for (var round = 0; round < 2; round++)
        {
            var swDoc = Stopwatch.StartNew();
            long chars = 0;
            foreach (var id in ids)
            {
                chars += reader.Document(id).Get(Fields.Body)?.Length ?? 0;
            }
            Console.WriteLine($"  stored fields of a random document: {swDoc.Elapsed.TotalMilliseconds / ids.Length * 1000:0.0} µs ({chars / ids.Length:N0} body characters)");
            swDoc.Restart();
            foreach (var id in ids)
            {
                chars += reader.Document(id, new HashSet<string> { Fields.Id, Fields.Title }).Get(Fields.Title)?.Length ?? 0;
            }
            Console.WriteLine($"  id and title only: {swDoc.Elapsed.TotalMilliseconds / ids.Length * 1000:0.0} µs");
        }
        foreach (var (label, build) in parts)
        {
            searcher.Search(build(), 10);
            var times = Enumerable.Range(0, 7).Select(_ =>
            {
                var sw = Stopwatch.StartNew();
                var top = searcher.Search(build(), 10);
                return (sw.Elapsed.TotalMilliseconds, top.TotalHits);
            }).OrderBy(x => x.Item1).ToArray();
            Console.WriteLine($"  {label}: {times[3].Item1:0.00} ms, {times[3].TotalHits:N0} hits");
        }
    }
}
