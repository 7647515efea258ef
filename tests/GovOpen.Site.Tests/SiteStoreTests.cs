using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovOpen.Core.Content;
using GovOpen.Core.Time;
using GovOpen.Packaging;
using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Tests;

/// <summary>
/// The site store: a restart on the same package and day serves the snapshot the last run made, read back item by
/// item, instead of loading, mapping and gating every item again. What it serves must be exactly what Core made — the
/// same items, records, tree, 文号 identities, pairings and media — and it must hold nothing withheld.
/// </summary>
public sealed class SiteStoreTests : IDisposable
{
    private readonly LeakFixture _fx = new();
    private readonly string _root = Directory.CreateTempSubdirectory("govopen-store").FullName;

    public void Dispose()
    {
        _fx.Dispose();
        Directory.Delete(_root, true);
    }

    private static readonly JsonSerializerOptions RecordJson = new() { WriteIndented = false };

    private static string J<T>(T value) => JsonSerializer.Serialize(value, RecordJson);

    private (MemoryPublicView Made, ContentSet Set, string Package) Made(DateOnly day)
    {
        var package = _fx.WritePackage();
        var set = ContentPackage.Load(package).ToContentSet();
        var site = SiteContent.Build(set, new AgencyClock(new FixedClock(day)), "test", _ => null);
        return ((MemoryPublicView)site.Public, set, package);
    }

    [Fact]
    public void A_stored_snapshot_holds_exactly_what_Core_made()
    {
        var (made, set, _) = Made(LeakFixture.Today);
        // The public surface rewrote some items (links and references to withheld documents): the copy must carry the rewritten ones.
        Assert.Contains(made.Items, i => !ReferenceEquals(i, set.ById[i.Id]));
        SiteStore.Write(_root, "snapshot-a", "state-1", made, Identity, [made.Heads[3].Id, made.Heads[1].Id]);
        using var stored = SiteStore.Open(_root, "snapshot-a")!;
        Assert.Equal("state-1", stored.Fingerprint);

        Assert.Equal(made.Today, stored.Today);
        Assert.Equal(J(made.Manifest), J(stored.Manifest));
        Assert.NotEmpty(made.Problems);
        Assert.Empty(stored.Problems); // they name withheld items: logged when the copy is made, never kept
        Assert.Equal(made.Heads, stored.Heads);
        Assert.Equal(made.Items.Select(i => i.Id), stored.Items.Select(i => i.Id));
        foreach (var item in made.Items)
        {
            Assert.Equal(JsonSerializer.Serialize(item, ContentPackage.Json), JsonSerializer.Serialize(stored.ById[item.Id], ContentPackage.Json));
        }
        void SameRecords<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b)
        {
            Assert.NotEmpty(a);
            Assert.Equal(a.Keys, b.Keys);
            foreach (var (id, record) in a)
            {
                Assert.True(b.TryGetValue(id, out var other));
                Assert.Equal(J(record), J(other));
            }
        }
        SameRecords(made.Policies, stored.Policies);
        SameRecords(made.Interpretations, stored.Interpretations);
        SameRecords(made.Meetings, stored.Meetings);
        SameRecords(made.Fees, stored.Fees);
        Assert.Equal(made.PolicyByNumber.ToDictionary(kv => kv.Key, kv => kv.Value.Id), stored.PolicyByNumber.ToDictionary(kv => kv.Key, kv => kv.Value.Id));
        foreach (var p in made.Policies.Keys)
        {
            Assert.Equal(made.InterpretationsByPolicy[p].Select(i => i.Id), stored.InterpretationsByPolicy[p].Select(i => i.Id));
        }
        foreach (var parent in made.Heads.Select(h => h.Id).Prepend(null).Append("no-such-item"))
        {
            Assert.Equal(made.ChildrenOf(parent).Select(c => c.Id), stored.ChildrenOf(parent).Select(c => c.Id));
            Assert.Equal(made.ChildHeadsOf(parent), stored.ChildHeadsOf(parent));
        }
        Assert.Equal(made.Root?.Id, stored.Root?.Id);
        Assert.True(made.MediaReferences.SetEquals(stored.MediaReferences));
        Assert.NotEmpty(stored.MediaReferences);
        Assert.Equal(Identity, stored.IndexIdentity);
        Assert.Equal([made.Heads[3].Id, made.Heads[1].Id], stored.DocumentIds);
        // A 文号 in another written form finds the same policy in both.
        var numbered = made.Policies.Values.First(p => p.ParsedNumber is not null);
        Assert.Equal(made.PolicyWithNumber(numbered.DocumentNumber)?.Id, ((IPublicView)stored).PolicyWithNumber(numbered.DocumentNumber)?.Id);
    }

    [Fact]
    public void A_stored_snapshot_keeps_what_it_read_within_its_budget()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        SiteStore.Write(_root, "snapshot-m", "state-1", made, null, []);
        const long budget = 64 * 1024;
        using var stored = SiteStore.Open(_root, "snapshot-m", budget)!;
        var total = made.Items.Sum(i => JsonSerializer.SerializeToUtf8Bytes(i, ContentPackage.Json).Length * 3L + 256);
        Assert.True(total > 2 * budget, $"the content ({total} estimated bytes) must not fit the budget");
        for (var round = 0; round < 2; round++)
        {
            foreach (var item in made.Items)
            {
                Assert.Equal(JsonSerializer.Serialize(item, ContentPackage.Json), JsonSerializer.Serialize(stored.ById[item.Id], ContentPackage.Json));
                Assert.True(stored.ItemsKept * 256L <= budget, $"{stored.ItemsKept} items kept");
            }
            foreach (var (id, policy) in made.Policies)
            {
                Assert.Equal(J(policy), J(stored.Policies[id]));
            }
        }
        Assert.True(stored.ItemsRead > made.Items.Count, "items that did not fit were read again");
        // Within the budget, an item is read once.
        using var roomy = SiteStore.Open(_root, "snapshot-m")!;
        foreach (var item in made.Items.Concat(made.Items))
        {
            _ = roomy.ById[item.Id];
        }
        Assert.Equal(made.Items.Count, roomy.ItemsRead);
    }

    private static readonly string Identity = new('a', 64);

    [Fact]
    public void Walking_the_content_reads_no_item_it_does_not_show()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        SiteStore.Write(_root, "snapshot-w", "state-1", made, null, []);
        using var stored = SiteStore.Open(_root, "snapshot-w")!;
        var site = SiteContent.FromStore(stored, new AgencyClock(new FixedClock(LeakFixture.Today)), "test", _ => null, indexAfter: new TaskCompletionSource().Task);
        var memory = SiteContent.Build(ContentPackage.Load(_fx.WritePackage()).ToContentSet(), new AgencyClock(new FixedClock(LeakFixture.Today)), "test", _ => null, indexAfter: new TaskCompletionSource().Task);
        Assert.Equal(0, stored.ItemsRead); // opening reads no item
        var policies = stored.Policies.Count;
        Assert.True(policies > 10);
        // The 法定主动公开内容 overview counts and dates the 政策文件 column's documents without reading them.
        var holder = made.Items.First(i => i.ParentId is not null && i.Properties.ContainsKey(PropertyAliases.CatalogueCategory)).ParentId!;
        var columns = site.CatalogueOf(holder);
        Assert.Contains(columns, c => c.Count >= policies);
        Assert.Equal(memory.CatalogueOf(holder).Select(c => (c.Category.Key, c.Href, c.Count, c.LastUpdate, c.Freshness, c.Page.Id)),
            columns.Select(c => (c.Category.Key, c.Href, c.Count, c.LastUpdate, c.Freshness, c.Page.Id)));
        var afterCatalogue = stored.ItemsRead;
        Assert.True(afterCatalogue < policies / 2, $"read {afterCatalogue} items for the overview of {policies} policies");
        // A feed's column, the site map and the newest policies read only what they list.
        Assert.NotNull(site.Column(ContentTypes.PolicyFolder, c => site.ChildHeadsOf(c.Id).Any(x => x.ContentType == ContentTypes.PolicyDocument)));
        Assert.Equal(6, site.Latest(ContentTypes.PolicyDocument, 6).Count());
        Assert.Equal(memory.Latest(ContentTypes.PolicyDocument, 6).Select(i => i.Id), site.Latest(ContentTypes.PolicyDocument, 6).Select(i => i.Id));
        Assert.True(stored.ItemsRead < afterCatalogue + 10, $"read {stored.ItemsRead - afterCatalogue} more");
    }

    [Fact]
    public void A_store_that_names_anything_but_an_index_folder_is_refused()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        SiteStore.Write(_root, "snapshot-e", "state-1", made, "../../elsewhere", []);
        Assert.Throws<InvalidDataException>(() => SiteStore.Open(_root, "snapshot-e"));
    }

    [Fact]
    public void A_store_holds_nothing_withheld_on_its_day()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        SiteStore.Write(_root, "snapshot-b", "state-1", made, null, []);
        var bytes = Directory.EnumerateFiles(Path.Combine(_root, "snapshot-b")).Select(File.ReadAllBytes).ToList();
        Assert.Equal(2, bytes.Count);
        var text = string.Concat(bytes.Select(b => Encoding.UTF8.GetString(b)));
        Assert.Contains(LeakFixture.PublicControlTitle, text); // what is public is there
        foreach (var canary in _fx.ForbiddenOn(LeakFixture.Today))
        {
            Assert.False(text.Contains(canary, StringComparison.Ordinal), $"the store holds {canary}: {text.Substring(Math.Max(0, text.IndexOf(canary, StringComparison.Ordinal) - 300), 400)}");
        }
    }

    [Fact]
    public void A_store_that_is_not_whole_or_not_the_named_copy_is_refused()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        Assert.Null(SiteStore.Open(_root, "snapshot-none"));
        SiteStore.Write(_root, "snapshot-c", "state-1", made, null, []);
        // Copied under another name: not the copy that name stands for.
        CopyDir(Path.Combine(_root, "snapshot-c"), Path.Combine(_root, "snapshot-d"));
        Assert.Throws<InvalidDataException>(() => SiteStore.Open(_root, "snapshot-d"));
        // Items cut short.
        var items = Path.Combine(_root, "snapshot-c", "items.bin");
        File.WriteAllBytes(items, File.ReadAllBytes(items)[..^10]);
        Assert.Throws<InvalidDataException>(() => SiteStore.Open(_root, "snapshot-c"));
        // Its index unreadable.
        File.WriteAllBytes(Path.Combine(_root, "snapshot-c", "snapshot.bin"), File.ReadAllBytes(Path.Combine(_root, "snapshot-d", "snapshot.bin"))[..^40]);
        Assert.Throws<InvalidDataException>(() => SiteStore.Open(_root, "snapshot-c"));
    }

    [Fact]
    public void A_copy_is_named_by_the_package_the_day_and_the_code_and_holds_the_state_it_was_made_from()
    {
        var key = SiteStore.KeyOf("/srv/pkg", LeakFixture.Today);
        Assert.StartsWith(SiteStore.Prefix, key, StringComparison.Ordinal);
        Assert.Equal(key, SiteStore.KeyOf("/srv/pkg/", LeakFixture.Today));
        Assert.NotEqual(key, SiteStore.KeyOf("/srv/pkg", LeakFixture.Today.AddDays(1)));
        Assert.NotEqual(key, SiteStore.KeyOf("/srv/other", LeakFixture.Today));
    }

    [Fact]
    public void Writing_a_copy_removes_older_ones_and_unfinished_ones()
    {
        var (made, _, _) = Made(LeakFixture.Today);
        SiteStore.Write(_root, SiteStore.Prefix + "old", "state-1", made, null, []);
        var unfinished = Directory.CreateDirectory(Path.Combine(_root, "." + SiteStore.Prefix + "new-abc"));
        unfinished.LastWriteTimeUtc = DateTime.UtcNow.AddHours(-2);
        var unrelated = Directory.CreateDirectory(Path.Combine(_root, "something-else"));
        using (SiteStore.Open(_root, SiteStore.Prefix + "old")!)
        {
            SiteStore.Write(_root, SiteStore.Prefix + "new", "state-1", made, null, []);
        }
        Assert.False(Directory.Exists(Path.Combine(_root, SiteStore.Prefix + "old")));
        Assert.False(unfinished.Exists && Directory.Exists(unfinished.FullName));
        Assert.True(unrelated.Exists);
        Assert.NotNull(SiteStore.Open(_root, SiteStore.Prefix + "new"));
    }

    private ContentProvider Provider(string package, DateOnly day) => new(new PackageContentSource(package),
        Options.Create(new SiteOptions { IndexDirectory = _root }), new AgencyClock(new FixedClock(day)), NullLogger<ContentProvider>.Instance);

    private string StoreDir() => Directory.EnumerateDirectories(_root, SiteStore.Prefix + "*").SingleOrDefault() ?? "";

    /// <summary>A first run on the package: loads it, and returns once its site store is written.</summary>
    private async Task FirstRun(string package)
    {
        using var first = Provider(package, LeakFixture.Today);
        await first.InitializeAsync(CancellationToken.None);
        Assert.False(first.Current.IsStored);
        await first.StoreWritten;
        Assert.True(File.Exists(Path.Combine(StoreDir(), "snapshot.bin")));
    }

    [Fact]
    public async Task A_restart_on_the_same_package_and_day_serves_the_stored_snapshot_and_the_next_day_reloads()
    {
        var package = _fx.WritePackage();
        IReadOnlyList<string> hits;
        using (var first = Provider(package, LeakFixture.Today))
        {
            await first.InitializeAsync(CancellationToken.None);
            Assert.False(first.Current.IsStored);
            await first.Current.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
            hits = first.Current.Search.Search(new GovOpen.Search.SearchQuery { Text = "示例市", Take = 100 }).Hits.Select(h => h.Id).ToList();
            await first.StoreWritten; // once the index is open
            Assert.True(File.Exists(Path.Combine(StoreDir(), "snapshot.bin")));
        }

        var clock = new FixedClock(LeakFixture.Today);
        using (var again = new ContentProvider(new PackageContentSource(package), Options.Create(new SiteOptions { IndexDirectory = _root }), new AgencyClock(clock), NullLogger<ContentProvider>.Instance))
        {
            await again.InitializeAsync(CancellationToken.None);
            var s = again.Current;
            Assert.True(s.IsStored);
            Assert.Equal("ok", again.Health);
            await s.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.False(s.Search.OpenReport.Rebuilt);
            Assert.Equal(hits, s.Search.Search(new GovOpen.Search.SearchQuery { Text = "示例市", Take = 100 }).Hits.Select(h => h.Id).ToList());
            Assert.True(s.ByRoute.ContainsKey(LeakFixture.PublicControlRoute));
            Assert.False(s.ByRoute.ContainsKey(_fx.Scheduled.Route));
            // Nothing changed: the minute's check does not reload.
            Assert.False(await again.RefreshIfChangedAsync(CancellationToken.None));
            Assert.True(again.Current.IsStored);

            // The next day: the copy is of another day, so the package is read again and the scheduled document appears.
            clock.Day = LeakFixture.Today.AddDays(1);
            Assert.True(await again.RollOverDayAsync(CancellationToken.None));
            Assert.False(again.Current.IsStored);
            Assert.Equal(clock.Day, again.Current.Today);
            Assert.True(again.Current.ByRoute.ContainsKey(_fx.Scheduled.Route));
        }
    }

    [Fact]
    public async Task Prepare_makes_the_index_and_the_store_a_first_start_then_opens()
    {
        var package = _fx.WritePackage();
        using (var prepare = Provider(package, LeakFixture.Today))
        {
            var done = await prepare.PrepareAsync(CancellationToken.None);
            Assert.NotNull(done);
            Assert.Contains("site store snapshot-", done, StringComparison.Ordinal);
            // Complete when it returns: nothing left to wait for.
            using var copy = SiteStore.Open(_root, SiteStore.KeyOf(package, LeakFixture.Today));
            Assert.Equal(new PackageContentSource(package).Fingerprint(), copy?.Fingerprint);
        }
        using var site = Provider(package, LeakFixture.Today);
        await site.InitializeAsync(CancellationToken.None);
        Assert.True(site.Current.IsStored);
        await site.Current.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(site.Current.Search.OpenReport.Rebuilt);
        Assert.Contains("already in place", await site.PrepareAsync(CancellationToken.None), StringComparison.Ordinal);

        // Nothing to load: no content, exit code 1.
        using var none = new ContentProvider(new PackageContentSource(Path.Combine(_root, "no-such-package")), Options.Create(new SiteOptions { IndexDirectory = _root }),
            new AgencyClock(new FixedClock(LeakFixture.Today)), NullLogger<ContentProvider>.Instance);
        Assert.Null(await none.PrepareAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Prepare_fails_when_the_store_cannot_be_written()
    {
        var package = _fx.WritePackage();
        // A file where the store's folder goes: the store is made aside and cannot be moved into place.
        File.WriteAllText(Path.Combine(_root, SiteStore.KeyOf(package, LeakFixture.Today)), "in the way");
        using var prepare = Provider(package, LeakFixture.Today);
        var e = await Assert.ThrowsAsync<IOException>(() => prepare.PrepareAsync(CancellationToken.None));
        Assert.Contains("site store could not be written", e.Message, StringComparison.Ordinal);
        Assert.False(await prepare.StoreWritten);
        // The site itself still serves the content it loaded.
        Assert.False(prepare.Current.IsStored);
        Assert.NotEmpty(prepare.Current.Items);
    }

    [Fact]
    public async Task A_store_that_cannot_be_used_is_passed_over_and_the_package_is_loaded()
    {
        var package = _fx.WritePackage();
        await FirstRun(package);
        File.WriteAllText(Path.Combine(StoreDir(), "snapshot.bin"), "not a snapshot");
        using var again = Provider(package, LeakFixture.Today);
        await again.InitializeAsync(CancellationToken.None);
        Assert.False(again.Current.IsStored);
        Assert.Equal("ok", again.Health);
        Assert.True(again.Current.ByRoute.ContainsKey(LeakFixture.PublicControlRoute));
    }

    [Fact]
    public async Task A_changed_package_is_not_served_from_the_copy_of_its_old_state()
    {
        var package = _fx.WritePackage();
        await FirstRun(package);
        // The public control document is withdrawn (公开属性 changed to 不予公开) in the package.
        var file = Directory.EnumerateFiles(Path.Combine(package, "items")).Single(f => File.ReadAllText(f).Contains(LeakFixture.PublicControlTitle, StringComparison.Ordinal));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"proactive\"", "\"notDisclosed\"", StringComparison.Ordinal));
        using var again = Provider(package, LeakFixture.Today);
        await again.InitializeAsync(CancellationToken.None);
        Assert.False(again.Current.IsStored);
        Assert.False(again.Current.ByRoute.ContainsKey(LeakFixture.PublicControlRoute));
        // The copy of the old state is replaced by one of the new state.
        await again.StoreWritten;
        using (var copy = SiteStore.Open(_root, SiteStore.KeyOf(package, LeakFixture.Today)))
        {
            Assert.Equal(new PackageContentSource(package).Fingerprint(), copy?.Fingerprint);
        }
        using var third = Provider(package, LeakFixture.Today);
        await third.InitializeAsync(CancellationToken.None);
        Assert.True(third.Current.IsStored);
        Assert.False(third.Current.ByRoute.ContainsKey(LeakFixture.PublicControlRoute));
    }

    [Fact]
    public void An_edit_that_keeps_the_size_of_a_file_other_than_the_newest_is_a_new_state_of_the_package()
    {
        var package = _fx.WritePackage();
        var files = Directory.EnumerateFiles(Path.Combine(package, "items")).Order(StringComparer.Ordinal).ToList();
        var newest = DateTime.UtcNow.AddMinutes(-1);
        for (var i = 0; i < files.Count; i++)
        {
            File.SetLastWriteTimeUtc(files[i], newest.AddHours(-i - 1));
        }
        File.SetLastWriteTimeUtc(Path.Combine(package, ContentPackage.ManifestFile), newest);
        var source = new PackageContentSource(package);
        var before = source.Fingerprint();
        // 发布日期 moved a few days on (the item becomes scheduled): same size; written with an older time than the newest file.
        var file = Directory.EnumerateFiles(Path.Combine(package, "items")).Single(f => File.ReadAllText(f).Contains(LeakFixture.PublicControlTitle, StringComparison.Ordinal));
        var text = File.ReadAllText(file);
        var edited = Regex.Replace(text, "\"2026-(\\d\\d)-(\\d)\\d", m => $"\"2026-{m.Groups[1].Value}-{m.Groups[2].Value}9");
        Assert.NotEqual(text, edited);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), Encoding.UTF8.GetByteCount(edited));
        File.WriteAllText(file, edited);
        File.SetLastWriteTimeUtc(file, newest.AddMinutes(-30));
        Assert.NotEqual(before, source.Fingerprint());
        Assert.Equal(source.Fingerprint(), new PackageContentSource(package).Fingerprint());
    }

    [Fact]
    public async Task A_copy_of_another_day_under_todays_name_is_not_served()
    {
        var package = _fx.WritePackage();
        // Tomorrow's public content (the scheduled document in it) written under today's name, of the current state.
        var tomorrow = SiteContent.Build(ContentPackage.Load(package).ToContentSet(), new AgencyClock(new FixedClock(LeakFixture.Today.AddDays(1))), "test", _ => null);
        Assert.True(tomorrow.ByRoute.ContainsKey(_fx.Scheduled.Route));
        SiteStore.Write(_root, SiteStore.KeyOf(package, LeakFixture.Today), new PackageContentSource(package).Fingerprint()!, tomorrow.Public, null, []);
        using var site = Provider(package, LeakFixture.Today);
        await site.InitializeAsync(CancellationToken.None);
        Assert.False(site.Current.IsStored);
        Assert.False(site.Current.ByRoute.ContainsKey(_fx.Scheduled.Route));
    }

    /// <summary>Every page a crawl of the site reaches renders the same from the stored snapshot as from the one made in memory.</summary>
    [Fact]
    public async Task Pages_read_from_the_store_are_the_pages_made_in_memory()
    {
        var package = _fx.WritePackage();
        SiteFactory Site()
        {
            var f = new SiteFactory();
            f.Settings["GovOpen:Site:PackagePath"] = package;
            f.Settings["GovOpen:Site:IndexDirectory"] = _root;
            return f;
        }
        Dictionary<string, string> pages;
        await using (var memory = Site())
        {
            var provider = memory.Services.GetRequiredService<ContentProvider>();
            Assert.False(provider.Current.IsStored);
            pages = await Crawl(memory.CreateClient(), provider.Current);
            await provider.StoreWritten;
        }
        Assert.True(pages.Count > 50, $"crawled {pages.Count} pages");
        await using var stored = Site();
        var current = stored.Services.GetRequiredService<ContentProvider>().Current;
        Assert.True(current.IsStored);
        var again = await Crawl(stored.CreateClient(), current);
        Assert.Equal(pages.Keys.Order(), again.Keys.Order());
        foreach (var (url, html) in pages)
        {
            Assert.True(html == again[url], $"{url} differs: {FirstDifference(html, again[url])}");
        }
    }

    private static readonly Regex PerRequest = new("(nonce=\"[^\"]*\"|name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"|name=\"ClientToken\" value=\"[^\"]*\"|value=\"CfDJ8[^\"]*\")", RegexOptions.Compiled);

    private static async Task<Dictionary<string, string>> Crawl(HttpClient client, SiteContent site)
    {
        await site.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
        var urls = site.Heads.Select(h => SiteContent.NormalizePath(h.Route.Path))
            .Concat(["/sitemap", "/sitemap.xml", "/feeds/zcwj.xml", "/feeds/zcjd.xml", "/feeds/hygk.xml", "/feeds/jgsf.xml", "/feeds/yjzj.xml",
                "/search?q=%E7%A4%BA%E4%BE%8B%E5%B8%82", "/search?q=%E6%94%BF%E7%AD%96&sort=date", "/xxgk/zcwj/?page=2"]);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in urls.Distinct())
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            pages[url] = $"{(int)response.StatusCode}\n{PerRequest.Replace(body, "")}";
        }
        return pages;
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        string At(string s) => s.Substring(Math.Max(0, i - 80), Math.Min(s.Length - Math.Max(0, i - 80), 200));
        return $"memory …{At(a)}… stored …{At(b)}…";
    }

    private static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from))
        {
            File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        }
    }
}
