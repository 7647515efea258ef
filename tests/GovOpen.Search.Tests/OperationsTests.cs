using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovOpen.Search.Tests;

public sealed class OperationsTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("govopen-index").FullName;

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    private SearchIndexOptions Options(List<string>? log = null) =>
        new() { Path = _root, Clock = new FixedClock(Corpus.Today), Log = log is null ? null : log.Add };

    [Fact]
    public void Builds_on_disk_and_reopens_without_rebuilding()
    {
        using (var idx = GovSearchIndex.Open(Options(), Corpus.Docs))
        {
            Assert.True(idx.OpenReport.Rebuilt);
            Assert.Equal(7, idx.Count);
        }
        using var again = GovSearchIndex.Open(Options(), () => throw new InvalidOperationException("source must not be read"));
        Assert.False(again.OpenReport.Rebuilt);
        Assert.Equal(7, again.Count);
    }

    [Fact]
    public void An_index_built_with_an_older_schema_is_rebuilt_from_its_source()
    {
        string? path;
        using (var idx = GovSearchIndex.Open(Options(), Corpus.Docs))
        {
            path = idx.CurrentPath;
        }
        // As an index of the previous release would be: no schema stamp.
        File.Delete(Path.Combine(path!, Generation.SchemaFile));
        using var again = GovSearchIndex.Open(Options(), Corpus.Docs);
        Assert.True(again.OpenReport.Rebuilt);
        Assert.Contains("schema", again.OpenReport.Reason);
        Assert.Equal(7, again.Count);
        Assert.Equal(SearchSchema.Version, File.ReadAllText(Path.Combine(again.CurrentPath!, Generation.SchemaFile)));
    }

    [Fact]
    public void Rebuild_swaps_generations_and_removes_the_old_one()
    {
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        var before = idx.CurrentPath!;
        var n = idx.Rebuild(Corpus.Docs().Take(3));
        Assert.Equal(3, n);
        Assert.NotEqual(before, idx.CurrentPath);
        Assert.False(System.IO.Directory.Exists(before));
        Assert.Equal(Path.GetFileName(idx.CurrentPath), File.ReadAllText(Path.Combine(_root, "current")));
        Assert.Equal(3, idx.Count);
    }

    [Fact]
    public async Task Searches_during_a_rebuild_never_see_an_empty_index()
    {
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        var big = Enumerable.Range(0, 3000).Select(i => Corpus.Policy($"b{i}", $"示例市第{i}号政务公开事项", "政务公开内容。" + new string('文', 200))).Concat(Corpus.Docs()).ToList();
        var stop = false;
        var minSeen = int.MaxValue;
        var searches = 0;
        var reader = Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                var total = idx.Search(new SearchQuery { Text = "政务公开", IncludeFacets = false }).Total;
                minSeen = Math.Min(minSeen, total);
                searches++;
            }
        });
        idx.Rebuild(big);
        idx.Rebuild(big);
        Volatile.Write(ref stop, true);
        await reader;
        Assert.True(searches > 0);
        Assert.True(minSeen >= 1, $"a search saw {minSeen} hits during the rebuild");
        Assert.Equal(3002, idx.Search(new SearchQuery { Text = "政务公开" }).Total); // 3000 + p1 + i1
    }

    [Fact]
    public async Task Concurrent_readers_during_writes()
    {
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        var errors = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                idx.Upsert(Corpus.Policy($"w{i}", $"示例市写入测试{i}", "并发写入。"));
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!writer.IsCompleted)
            {
                try
                {
                    idx.Search(new SearchQuery { Text = "写入" });
                }
                catch
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(0, errors);
        Assert.Equal(50, idx.Search(new SearchQuery { Text = "写入", Take = 100 }).Total);
    }

    [Fact]
    public void A_corrupt_index_is_rebuilt_from_source_at_open()
    {
        using (GovSearchIndex.Open(Options(), Corpus.Docs))
        {
        }
        var gen = Path.Combine(_root, File.ReadAllText(Path.Combine(_root, "current")));
        foreach (var f in System.IO.Directory.GetFiles(gen).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(f, [1, 2, 3, 4, 5, 6, 7, 8]);
        }
        var log = new List<string>();
        using var idx = GovSearchIndex.Open(Options(log), Corpus.Docs);
        Assert.True(idx.OpenReport.Rebuilt);
        Assert.Contains("cannot be opened", idx.OpenReport.Reason);
        Assert.Equal(7, idx.Count);
        Assert.Single(log);
        Assert.False(System.IO.Directory.Exists(gen));
    }

    [Fact]
    public void A_generation_left_half_built_by_a_stopped_process_is_removed_when_a_fresh_one_is_built()
    {
        System.IO.Directory.CreateDirectory(_root);
        var orphan = Path.Combine(_root, "gen-0007");
        System.IO.Directory.CreateDirectory(orphan);
        File.WriteAllBytes(Path.Combine(orphan, "_0.fdt"), [1, 2, 3]); // no `current` names it
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        Assert.True(idx.OpenReport.Rebuilt);
        Assert.Equal(7, idx.Count);
        Assert.False(System.IO.Directory.Exists(orphan));
        Assert.Single(System.IO.Directory.GetDirectories(_root, "gen-*"));
    }

    [Fact]
    public void A_missing_segment_file_is_detected()
    {
        using (GovSearchIndex.Open(Options(), Corpus.Docs))
        {
        }
        var gen = Path.Combine(_root, File.ReadAllText(Path.Combine(_root, "current")));
        File.Delete(System.IO.Directory.GetFiles(gen, "*.tim").First());
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        Assert.True(idx.OpenReport.Rebuilt);
        Assert.Equal(7, idx.Count);
    }

    [Fact]
    public void A_locked_index_is_rebuilt_aside()
    {
        using (GovSearchIndex.Open(Options(), Corpus.Docs))
        {
        }
        var gen = Path.Combine(_root, File.ReadAllText(Path.Combine(_root, "current")));
        using var foreignDir = FSDirectory.Open(gen);
        using var foreign = new IndexWriter(foreignDir, new IndexWriterConfig(BigramAnalyzer.Version, new BigramAnalyzer()));
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        Assert.True(idx.OpenReport.Rebuilt);
        Assert.Contains("locked", idx.OpenReport.Reason);
        Assert.NotEqual(gen, idx.CurrentPath);
        Assert.Equal(7, idx.Count);
    }

    [Fact]
    public void A_tampered_pointer_never_leaves_the_index_root()
    {
        File.WriteAllText(Path.Combine(_root, "current"), "../../etc");
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        Assert.True(idx.OpenReport.Rebuilt);
        Assert.StartsWith(_root, idx.CurrentPath);
    }
}
