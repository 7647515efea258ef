using System.Diagnostics;
using System.Globalization;
using System.Text;
using GovOpen.Bench;
using GovOpen.Search;
using Microsoft.Data.Sqlite;

// Search benchmark: GovOpen.Search (Lucene.Net 4.8, CJK bigrams) vs SQLite FTS5 trigram on the same synthetic
// documents and queries. Usage: dotnet run -c Release --project bench/GovOpen.Bench -- search [--docs 20000,100000] [--queries 1000] [--corpus words|fragments] [--no-fts]
var argsList = args.ToList();
if (argsList.Count > 0 && argsList[0] == "highlight")
{
    HighlightBench.Run(argsList.Count > 1 ? int.Parse(argsList[1], CultureInfo.InvariantCulture) : 20000, argsList.Count > 2 ? int.Parse(argsList[2], CultureInfo.InvariantCulture) : 300);
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "import")
{
    ImportBench.Run(argsList.Count > 1 ? int.Parse(argsList[1], CultureInfo.InvariantCulture) : 1000);
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "site-package")
{
    SitePackage.Run(int.Parse(argsList[1], CultureInfo.InvariantCulture), argsList[2], argsList.Count > 3 ? argsList[3] : Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GovOpen.Site", "SampleContent"));
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "images-run")
{
    ImageBench.Measure(argsList[1], int.Parse(argsList[2], CultureInfo.InvariantCulture));
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "images")
{
    ImageBench.Run(argsList.Count > 1 ? int.Parse(argsList[1], CultureInfo.InvariantCulture) : 5);
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "requests")
{
    RequestBench.Run(argsList.Count > 1 ? int.Parse(argsList[1], CultureInfo.InvariantCulture) : 5000);
    return 0;
}
if (argsList.Count > 0 && argsList[0] == "relevance")
{
    if (argsList.IndexOf("--package") is not (var pi and >= 0) || argsList.IndexOf("--judged") is not (var ji and >= 0) || pi + 1 >= argsList.Count || ji + 1 >= argsList.Count)
    {
        Console.Error.WriteLine("usage: GovOpen.Bench relevance --package <content package> --judged <judged set .json>");
        return 2;
    }
    return RelevanceBench.Run(argsList[pi + 1], argsList[ji + 1]);
}
if (argsList.Count > 0 && argsList[0] == "profile")
{
    if (argsList.Contains("--load")) { ProfileLoad.Run(argsList[1]); return 0; }
    if (argsList.IndexOf("--store") is var si and >= 0) { ProfileStore.Run(argsList[1], argsList[si + 1]); return 0; }
    if (argsList.IndexOf("--words-index") is var wi and >= 0) { ProfileWordSearch.Run(int.Parse(argsList[1], CultureInfo.InvariantCulture), argsList[wi + 1], argsList.IndexOf("--queries") is var pq and >= 0 ? int.Parse(argsList[pq + 1], CultureInfo.InvariantCulture) : 1000); return 0; }
    if (argsList.Contains("--index")) { ProfileIndexing.Run(int.Parse(argsList[1], CultureInfo.InvariantCulture)); return 0; }
    if (argsList.Contains("--search")) { ProfileSearch.Run(int.Parse(argsList[1], CultureInfo.InvariantCulture)); } else { Profile.Run(int.Parse(argsList[1], CultureInfo.InvariantCulture)); }
    return 0;
}
if (argsList.Count == 0 || argsList[0] != "search")
{
    Console.Error.WriteLine("usage: GovOpen.Bench search [--docs 20000,100000] [--queries 1000] [--fts-like-queries 200] [--corpus words|fragments] [--no-fts]");
    return 2;
}
int Opt(string name, int def) => argsList.IndexOf(name) is var i and >= 0 && i + 1 < argsList.Count ? int.Parse(argsList[i + 1], CultureInfo.InvariantCulture) : def;
var sizes = argsList.IndexOf("--docs") is var di and >= 0 ? argsList[di + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [20_000, 100_000];
var queryCount = Opt("--queries", 1000);
var likeCount = Opt("--fts-like-queries", 200);
var withFts = !argsList.Contains("--no-fts");
// words (default): jieba's real word frequencies with topics (WordCorpus); fragments: the older combinable phrases (Corpus).
var corpusKind = argsList.IndexOf("--corpus") is var ci and >= 0 ? argsList[ci + 1] : "words";
var wordCorpus = corpusKind == "words" ? new WordCorpus() : null;
var work = Directory.CreateTempSubdirectory("govopen-bench").FullName;
Console.WriteLine($"# GovOpen search benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInfo()}");
try
{
    foreach (var n in sizes)
    {
        Run(n);
    }
}
finally
{
    Directory.Delete(work, true);
}
return 0;

void Run(int n)
{
    Console.WriteLine();
    Console.WriteLine($"## {n:N0} documents");
    var sw = Stopwatch.StartNew();
    var docs = wordCorpus is null ? Corpus.Generate(n) : wordCorpus.Generate(n);
    var bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Body) + Encoding.UTF8.GetByteCount(d.Title));
    var lengths = docs.Select(d => d.Body.Length).Order().ToArray();
    Console.WriteLine($"corpus ({(wordCorpus is null ? "fragments" : $"words: {wordCorpus.WordCount:N0} words of jieba's dictionary, {wordCorpus.ContentWordCount:N0} content words in topics")}): {bytes / 1048576.0:0.0} MiB UTF-8 text, {bytes / n / 1024.0:0.00} KiB per document, body characters p5/p50/p95 {lengths[n / 20]:N0}/{lengths[n / 2]:N0}/{lengths[n * 19 / 20]:N0} (generated in {sw.Elapsed.TotalSeconds:0.0} s)");
    var years = docs.Select(d => d.Year!.Value).Distinct().ToArray();
    var r = new Random(7);
    var q2 = Corpus.Queries(docs, queryCount, 2, 2, 1).Select(q => (q, years[r.Next(years.Length)])).ToList();
    var q4 = Corpus.Queries(docs, queryCount, 4, 4, 2).Select(q => (q, years[r.Next(years.Length)])).ToList();
    var qp = Corpus.Queries(docs, queryCount, 5, 8, 3).Select(q => (q, years[r.Next(years.Length)])).ToList();
    var numbers = Enumerable.Range(0, queryCount).Select(_ => docs[r.Next(n)].DocumentNumber!).ToList();

    // ---- Lucene -------------------------------------------------------------------------
    GC.Collect();
    var path = Path.Combine(work, $"lucene-{n}");
    using var index = GovSearchIndex.Open(new SearchIndexOptions { Path = path, Kind = SearchIndexKind.Editorial });
    var before = GC.GetTotalAllocatedBytes();
    sw.Restart();
    index.Rebuild(docs);
    var indexSeconds = sw.Elapsed.TotalSeconds;
    var allocated = GC.GetTotalAllocatedBytes() - before;
    var luceneBytes = DirSize(index.CurrentPath!);
    Console.WriteLine();
    Console.WriteLine("| engine | index docs/s | index MiB | MiB per 1k docs | 2-char p50 / p99 ms | 4-char p50 / p99 | phrase 5–8 p50 / p99 | 文号 lookup p50 / p99 |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    SearchResult Lucene(string text, int year, bool facets) => index.Search(new SearchQuery
    {
        Text = text,
        Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = [year.ToString(CultureInfo.InvariantCulture)] },
        IncludeFacets = facets,
    });
    foreach (var (q, y) in q2.Take(300))
    {
        Lucene(q, y, false); // warm-up
    }
    var l2 = Measure(q2, x => Lucene(x.q, x.Item2, false));
    var l4 = Measure(q4, x => Lucene(x.q, x.Item2, false));
    var lp = Measure(qp, x => Lucene(x.q, x.Item2, false));
    var variants = numbers.Select(num => num.Replace('〔', '[').Replace('〕', ']')).ToList();
    var exactFound = 0;
    var ln = Measure(variants, v =>
    {
        var res = index.Search(new SearchQuery { Text = v, IncludeFacets = false, Take = 10 });
        if (res.Hits.Count > 0 && res.Hits[0].IsExactDocumentNumber)
        {
            exactFound++;
        }
    });
    Console.WriteLine($"| GovOpen.Search (Lucene.Net, bigram, {Environment.ProcessorCount} threads) | {n / indexSeconds:N0} | {luceneBytes / 1048576.0:0.0} | {luceneBytes / 1048576.0 / (n / 1000.0):0.00} | {l2} | {l4} | {lp} | {ln} |");
    var lf = Measure(q4, x => Lucene(x.q, x.Item2, true));
    // The same queries without snippets: what reading and marking the ten returned bodies costs.
    SearchResult Bare(string text, int year) => index.Search(new SearchQuery
    {
        Text = text,
        Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = [year.ToString(CultureInfo.InvariantCulture)] },
        IncludeFacets = false,
        IncludeSnippets = false,
    });
    var bare = $"2-char {Measure(q2, x => Bare(x.q, x.Item2))}, 4-char {Measure(q4, x => Bare(x.q, x.Item2))}, phrase {Measure(qp, x => Bare(x.q, x.Item2))}";
    var lh = Measure(q2.Select(x => (x.q, 0)).ToList(), x => index.Search(new SearchQuery { Text = x.q, IncludeFacets = true }));

    string MedianShare(List<(string q, int)> qs)
    {
        var totals = qs.Take(200).Select(x => index.Search(new SearchQuery { Text = x.q, IncludeFacets = false, Take = 1 }).Total).Order().ToList();
        return $"{100.0 * totals[totals.Count / 2] / n:0.00}% ({totals[totals.Count / 2]:N0} documents; p90 {totals[totals.Count * 9 / 10]:N0})";
    }

    // A single document changed: the time from the update call until a search finds its new text.
    var visible = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        var doc = docs[r.Next(n)];
        var marker = $"更新标记{(char)('甲' + i)}{(char)('子' + i)}";
        sw.Restart();
        index.Upsert(doc with { Title = doc.Title + marker });
        var found = index.Search(new SearchQuery { Text = marker, IncludeFacets = false, Take = 1 });
        visible.Add(sw.Elapsed.TotalMilliseconds);
        if (found.Hits.Count == 0 || found.Hits[0].Id != doc.Id)
        {
            throw new InvalidOperationException($"an updated document was not found by its new title ({marker})");
        }
        index.Upsert(doc);
    }
    visible.Sort();
    var updateLine = $"- One document updated, until a search finds its new title (20 updates, commit + refresh): p50 {visible[10]:0.0} ms, max {visible[^1]:0.0} ms. Peak working set of the process so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB (it holds the generated corpus too).";

    if (!withFts)
    {
        Console.WriteLine(updateLine);
        Console.WriteLine($"- Median share of documents matched (no filter): 2-char {MedianShare(q2)}, 4-char {MedianShare(q4)}, phrase {MedianShare(qp)}.");
        Console.WriteLine($"- GovOpen.Search with facets computed (6 facet fields): 4-char + year filter {lf}; 2-char, no filter (largest hit sets) {lh}.");
        Console.WriteLine($"- The same queries (year filter) without snippets: {bare}.");
        return;
    }

    // ---- SQLite FTS5 trigram --------------------------------------------------------------
    GC.Collect();
    var dbPath = Path.Combine(work, $"fts-{n}.db");
    using var db = new SqliteConnection($"Data Source={dbPath}");
    db.Open();
    Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    Exec(db, "CREATE VIRTUAL TABLE docs USING fts5(title, docnum, body, year UNINDEXED, tokenize='trigram'); CREATE TABLE meta(id INTEGER PRIMARY KEY, docnum TEXT); CREATE INDEX meta_docnum ON meta(docnum);");
    sw.Restart();
    using (var tx = db.BeginTransaction())
    {
        using var ins = db.CreateCommand();
        ins.CommandText = "INSERT INTO docs(rowid, title, docnum, body, year) VALUES ($id, $t, $n, $b, $y); INSERT INTO meta(id, docnum) VALUES ($id, $n);";
        var pid = ins.Parameters.Add("$id", SqliteType.Integer);
        var pt = ins.Parameters.Add("$t", SqliteType.Text);
        var pn = ins.Parameters.Add("$n", SqliteType.Text);
        var pb = ins.Parameters.Add("$b", SqliteType.Text);
        var py = ins.Parameters.Add("$y", SqliteType.Integer);
        for (var i = 0; i < docs.Count; i++)
        {
            pid.Value = i;
            pt.Value = docs[i].Title;
            pn.Value = docs[i].DocumentNumber;
            pb.Value = docs[i].Body;
            py.Value = docs[i].Year;
            ins.ExecuteNonQuery();
        }
        tx.Commit();
    }
    var ftsSeconds = sw.Elapsed.TotalSeconds;
    Exec(db, "PRAGMA wal_checkpoint(TRUNCATE);");
    var ftsBytes = new FileInfo(dbPath).Length;
    using var match = db.CreateCommand();
    match.CommandText = "SELECT rowid, title FROM docs WHERE docs MATCH $m AND year = $y ORDER BY rank LIMIT 10";
    var mm = match.Parameters.Add("$m", SqliteType.Text);
    var my = match.Parameters.Add("$y", SqliteType.Integer);
    using var like = db.CreateCommand();
    like.CommandText = "SELECT rowid, title FROM docs WHERE (title LIKE $l OR body LIKE $l) AND year = $y LIMIT 10";
    var ll = like.Parameters.Add("$l", SqliteType.Text);
    var ly = like.Parameters.Add("$y", SqliteType.Integer);
    using var exact = db.CreateCommand();
    exact.CommandText = "SELECT m.id, d.title FROM meta m JOIN docs d ON d.rowid = m.id WHERE m.docnum = $d";
    var ed = exact.Parameters.Add("$d", SqliteType.Text);
    void Read(SqliteCommand c)
    {
        using var rd = c.ExecuteReader();
        while (rd.Read())
        {
            _ = rd.GetString(1);
        }
    }
    foreach (var (q, y) in q4.Take(300))
    {
        mm.Value = $"{{title body}} : \"{q}\"";
        my.Value = y;
        Read(match);
    }
    var f2 = Measure(q2.Take(likeCount).ToList(), x =>
    {
        ll.Value = $"%{x.q}%";
        ly.Value = x.Item2;
        Read(like);
    });
    Func<(string q, int), int> ftsMatch = x =>
    {
        mm.Value = $"{{title body}} : \"{x.q}\"";
        my.Value = x.Item2;
        Read(match);
        return 0;
    };
    var f4 = Measure(q4, x => ftsMatch(x));
    var fp = Measure(qp, x => ftsMatch(x));
    var fn = Measure(numbers, num =>
    {
        ed.Value = num;
        Read(exact);
    });
    Console.WriteLine($"| SQLite FTS5 trigram (Microsoft.Data.Sqlite, 1 transaction) | {n / ftsSeconds:N0} | {ftsBytes / 1048576.0:0.0} | {ftsBytes / 1048576.0 / (n / 1000.0):0.00} | {f2} (LIKE scan, {Math.Min(likeCount, q2.Count)} queries) | {f4} | {fp} | {fn} (B-tree on normalized 文号) |");
    Console.WriteLine();
    Console.WriteLine($"- GovOpen.Search with facets computed (6 facet fields): 4-char + year filter {lf}; 2-char, no filter (largest hit sets) {lh}.");
    Console.WriteLine($"- The same queries (year filter) without snippets: {bare}.");
    Console.WriteLine($"- 文号 typed with [] brackets found exactly and ranked first: {exactFound} of {variants.Count}.");
    Console.WriteLine($"- Median share of documents matched (no filter): 2-char {MedianShare(q2)}, 4-char {MedianShare(q4)}, phrase {MedianShare(qp)}.");
    Console.WriteLine(updateLine);
    Console.WriteLine($"- 2-char p50 speed-up over FTS5: {f2.P50 / l2.P50:0}×. Managed allocation during Lucene indexing: {allocated / 1048576.0:N0} MiB; working set now {Environment.WorkingSet / 1048576.0:N0} MiB.");
}

static Stats Measure<T>(IReadOnlyList<T> items, Action<T> run)
{
    var times = new double[items.Count];
    var sw = new Stopwatch();
    for (var i = 0; i < items.Count; i++)
    {
        sw.Restart();
        run(items[i]);
        times[i] = sw.Elapsed.TotalMilliseconds;
    }
    if (Environment.GetEnvironmentVariable("GOVOPEN_BENCH_SLOWEST") is not null)
    {
        // The slowest items, to see what the tail is made of.
        var slowest = times.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(5).Select(x => $"{items[x.i]} {x.t:0.0} ms");
        Console.Error.WriteLine("slowest: " + string.Join("; ", slowest));
    }
    Array.Sort(times);
    return new Stats(times[(int)(times.Length * 0.5)], times[Math.Min(times.Length - 1, (int)(times.Length * 0.99))]);
}

static void Exec(SqliteConnection db, string sql)
{
    using var c = db.CreateCommand();
    c.CommandText = sql;
    c.ExecuteNonQuery();
}

static long DirSize(string dir) => new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

static string RuntimeInfo()
{
    var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
    return $"{cpu ?? "unknown CPU"}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB";
}

internal readonly record struct Stats(double P50, double P99)
{
    public override string ToString() => $"{P50:0.00} / {P99:0.00}";
}
