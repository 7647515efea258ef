using GovOpen.Core.Time;
using GovOpen.Search;
using GovOpen.Site.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Tests;

/// <summary>
/// The site keeps its search indexes across restarts (GovOpen:Site:IndexDirectory), each in a folder named by a digest
/// of exactly the documents it holds: a restart on unchanged content opens the index it built before; anything that
/// changes what would be indexed — a withdrawn item above all — gives a fresh build, and an index that does not hold
/// what its name says is never served.
/// </summary>
public sealed class IndexReuseTests : IDisposable
{
    private const string Policy = "zcwj-2024-001";
    private const string Title = "示例市政务公开工作规定";

    private readonly string _package = Sample.CopyOfPackage();
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"govopen-index-reuse-{Guid.NewGuid():N}");
    private readonly FixedClock _clock = new(SiteFactory.Today);

    public void Dispose()
    {
        foreach (var dir in new[] { _package, _root })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private ContentProvider Provider(string? root = null) => new(new PackageContentSource(_package),
        Options.Create(new SiteOptions { IndexDirectory = root ?? _root }), new AgencyClock(_clock), NullLogger<ContentProvider>.Instance);

    private static async Task<SiteContent> Started(ContentProvider provider)
    {
        await provider.InitializeAsync(CancellationToken.None);
        await provider.Current.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
        return provider.Current;
    }

    private static IReadOnlyList<string> Ids(SiteContent s, string q) => s.Search.Search(new SearchQuery { Text = q, Take = 50 }).Hits.Select(h => h.Id).ToList();

    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task A_restart_on_the_same_content_opens_the_index_built_before()
    {
        string path;
        IReadOnlyList<string> before;
        using (var first = Provider())
        {
            var s = await Started(first);
            Assert.True(s.Search.OpenReport.Rebuilt);
            path = s.IndexPath!;
            Assert.StartsWith(_root, path, StringComparison.Ordinal);
            before = Ids(s, "政务公开");
            Assert.Contains(Policy, before);
        }
        Assert.True(Directory.Exists(path)); // kept for the next start

        using var second = Provider();
        var again = await Started(second);
        Assert.False(again.Search.OpenReport.Rebuilt);
        Assert.Equal(path, again.IndexPath);
        Assert.Equal(before, Ids(again, "政务公开"));
        Assert.Equal(again.Public.Items.Count(i => again.Policies.ContainsKey(i.Id) || again.Interpretations.ContainsKey(i.Id) || again.Meetings.ContainsKey(i.Id) || again.Fees.ContainsKey(i.Id)), again.Search.Count);
    }

    [Fact]
    public async Task An_item_withdrawn_while_the_site_was_down_gets_a_fresh_index_and_is_not_found()
    {
        string oldPath;
        using (var first = Provider())
        {
            var s = await Started(first);
            oldPath = s.IndexPath!;
            Assert.Contains(Policy, Ids(s, Title));
        }
        var file = Path.Combine(_package, "items", Policy + ".json");
        var text = File.ReadAllText(file);
        Assert.Contains("\"attribute\": \"proactive\"", text);
        File.WriteAllText(file, text.Replace("\"attribute\": \"proactive\"", "\"attribute\": \"notDisclosed\"", StringComparison.Ordinal));

        using var second = Provider();
        var now = await Started(second);
        Assert.True(now.Search.OpenReport.Rebuilt);
        Assert.NotEqual(oldPath, now.IndexPath);
        Assert.DoesNotContain(Policy, Ids(now, Title));
        Assert.DoesNotContain(Policy, now.Search.Ids());
        // The old index (of content that no longer exists) is cleared away once the new one is open.
        await Eventually(() => !Directory.Exists(oldPath), "the index of the old content is removed");
    }

    [Fact]
    public async Task An_index_that_does_not_hold_what_its_name_says_is_rebuilt_not_served()
    {
        string path;
        using (var first = Provider())
        {
            path = (await Started(first)).IndexPath!;
        }
        // Someone adds a document to the kept index by hand (or a tool writes into the wrong folder).
        using (var tampered = GovSearchIndex.Open(new SearchIndexOptions { Path = path }))
        {
            Assert.False(tampered.OpenReport.Rebuilt);
            Assert.True(tampered.Upsert(new SearchDocument { Id = "canary-zz", ContentType = "policyDocument", Title = "金丝雀不应出现的文件", Body = "金丝雀不应出现", PublishedDate = new DateOnly(2024, 1, 1) }));
        }

        using var second = Provider();
        var s = await Started(second);
        Assert.True(s.Search.OpenReport.Rebuilt);
        Assert.Empty(Ids(s, "金丝雀不应出现"));
        Assert.DoesNotContain("canary-zz", s.Search.Ids());
        Assert.Contains(Policy, Ids(s, Title));
    }

    [Fact]
    public async Task A_corrupt_kept_index_is_rebuilt()
    {
        string path;
        using (var first = Provider())
        {
            path = (await Started(first)).IndexPath!;
        }
        foreach (var segment in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(segment, [1, 2, 3]);
        }
        using var second = Provider();
        var s = await Started(second);
        Assert.True(s.Search.OpenReport.Rebuilt);
        Assert.Contains(Policy, Ids(s, Title));
    }

    [Fact]
    public async Task Indexes_left_by_earlier_runs_are_cleared_and_ones_in_use_are_left()
    {
        Directory.CreateDirectory(_root);
        var stale = Path.Combine(_root, new string('a', 64));
        using (var left = GovSearchIndex.Open(new SearchIndexOptions { Path = stale }, () => [new SearchDocument { Id = "x", ContentType = "policyDocument", Title = "旧内容", PublishedDate = new DateOnly(2024, 1, 1) }]))
        {
            Assert.Equal(1, left.Count);
        }
        var inUse = Path.Combine(_root, new string('b', 64));
        using var held = GovSearchIndex.Open(new SearchIndexOptions { Path = inUse }, () => [new SearchDocument { Id = "y", ContentType = "policyDocument", Title = "另一进程的索引", PublishedDate = new DateOnly(2024, 1, 1) }]);
        var other = Path.Combine(_root, "notes");
        Directory.CreateDirectory(other);

        using var provider = Provider();
        var s = await Started(provider);
        await Eventually(() => !Directory.Exists(stale), "an index no process holds is removed");
        Assert.True(Directory.Exists(inUse)); // another index open (here: in this process) is left alone
        Assert.Equal(1, held.Search(new SearchQuery { Text = "另一进程" }).Total);
        Assert.True(Directory.Exists(other)); // not an index folder: not ours to remove
        Assert.True(Directory.Exists(s.IndexPath));
    }

    [Fact]
    public async Task Without_a_kept_root_the_index_lives_in_a_throwaway_folder_removed_at_the_end()
    {
        string path;
        using (var provider = Provider(root: ""))
        {
            var s = await Started(provider);
            path = s.IndexPath!;
            Assert.DoesNotContain(_root, path, StringComparison.Ordinal);
            Assert.Contains(Policy, Ids(s, Title));
        }
        Assert.False(Directory.Exists(path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

}
