using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GovOpen.Core.Consultations;
using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Site.Tests;

/// <summary>
/// The leak crawler: every surface (pages reached by links, lists and facets, feeds, sitemap, searches for each
/// canary, direct probes of each withheld route and attachment, the media gate) in package mode and Delivery API
/// mode, before and after a restart (package mode: same day and next day; API mode: from the cache, with Umbraco
/// down) and a day rollover (API mode also with Umbraco up), with 意见征集 comments in every moderation state.
/// Nothing of a withheld document, no unpublished comment and no contact may appear; the public controls must.
/// </summary>
public sealed class LeakCrawlerTests : IDisposable
{
    private const string Secret = "a-shared-secret-of-some-length";
    private readonly LeakFixture _fx = new();
    private readonly string _cache = Directory.CreateTempSubdirectory("govopen-leak-cache").FullName;

    public void Dispose()
    {
        _fx.Dispose();
        Directory.Delete(_cache, true);
    }

    private SiteFactory PackageSite()
    {
        var f = new SiteFactory();
        f.Settings["GovOpen:Site:PackagePath"] = _fx.WritePackage();
        return f;
    }

    private SiteFactory ApiSite(FakeDeliveryApi api)
    {
        var f = new SiteFactory();
        f.Settings["GovOpen:Site:ContentSource"] = "deliveryApi";
        f.Settings["GovOpen:Site:DeliveryApi:BaseUrl"] = api.BaseUrl;
        // Generous: under a loaded CI machine a 2 s timeout made the first load fail now and then (a 503 at start).
        f.Settings["GovOpen:Site:DeliveryApi:TimeoutSeconds"] = "30";
        f.Settings["GovOpen:Site:DeliveryApi:RefreshMinutes"] = "0";
        f.Settings["GovOpen:Site:WebhookSecret"] = Secret;
        f.Settings["GovOpen:Site:CacheDirectory"] = _cache;
        f.Settings["GovOpen:Site:Identity:SiteIdCode"] = "3399000099";
        return f;
    }

    private async Task<FakeDeliveryApi> StartApi()
    {
        var api = new FakeDeliveryApi(_fx.Items);
        foreach (var (k, v) in _fx.Media)
        {
            api.Media[k] = v;
        }
        await api.StartAsync();
        return api;
    }

    [Fact]
    public async Task Package_mode_leaks_nothing_today_or_after_the_day_rolls_over()
    {
        await using var f = PackageSite();
        var client = f.CreateClient();
        await Crawl(client, LeakFixture.Today, mediaServed: true);

        f.Clock.Day = LeakFixture.Today.AddDays(1);
        Assert.True(await f.Services.GetRequiredService<ContentProvider>().RollOverDayAsync(CancellationToken.None));
        await Crawl(client, f.Clock.Day, mediaServed: true);
        // The scheduled document is public from its day, with its attachment.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(_fx.Scheduled.Route)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + _fx.Scheduled.MediaKey)).StatusCode);
    }

    [Fact]
    public async Task Package_mode_leaks_nothing_after_a_restart_on_the_same_day_or_on_the_next()
    {
        await using (var first = PackageSite())
        {
            await Crawl(first.CreateClient(), LeakFixture.Today, mediaServed: true);
        }
        // A restart on the same package: nothing the first run saw or decided is carried over.
        await using (var again = PackageSite())
        {
            await SeedComments(again);
            await Crawl(again.CreateClient(), LeakFixture.Today, mediaServed: true, comments: true);
        }
        // A fresh start on the next day gives what the rollover gives: the scheduled document, and still nothing withheld.
        await using var next = PackageSite();
        next.Clock.Day = LeakFixture.Today.AddDays(1);
        await SeedComments(next);
        var client = next.CreateClient();
        await Crawl(client, next.Clock.Day, mediaServed: true, comments: true);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(_fx.Scheduled.Route)).StatusCode);
    }

    [Fact]
    public async Task Package_mode_leaks_nothing_when_a_restart_serves_the_site_store_and_after_its_day()
    {
        var index = Directory.CreateTempSubdirectory("govopen-leak-store").FullName;
        try
        {
            var package = _fx.WritePackage();
            SiteFactory Site()
            {
                var f = new SiteFactory();
                f.Settings["GovOpen:Site:PackagePath"] = package;
                f.Settings["GovOpen:Site:IndexDirectory"] = index;
                return f;
            }
            await using (var first = Site())
            {
                await Crawl(first.CreateClient(), LeakFixture.Today, mediaServed: true);
                await first.Services.GetRequiredService<ContentProvider>().StoreWritten;
            }
            await using var again = Site();
            var provider = again.Services.GetRequiredService<ContentProvider>();
            Assert.True(provider.Current.IsStored);
            await SeedComments(again);
            var client = again.CreateClient();
            await Crawl(client, LeakFixture.Today, mediaServed: true, comments: true);
            // Midnight: the copy is of yesterday; the package is read again and the scheduled document appears.
            again.Clock.Day = LeakFixture.Today.AddDays(1);
            Assert.True(await provider.RollOverDayAsync(CancellationToken.None));
            Assert.False(provider.Current.IsStored);
            await Crawl(client, again.Clock.Day, mediaServed: true, comments: true);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(_fx.Scheduled.Route)).StatusCode);
        }
        finally
        {
            Directory.Delete(index, true);
        }
    }

    [Fact]
    public async Task Delivery_api_mode_leaks_nothing_when_the_day_rolls_over_while_umbraco_is_up()
    {
        await using var api = await StartApi();
        await using var live = ApiSite(api);
        await SeedComments(live);
        var client = live.CreateClient();
        await Crawl(client, LeakFixture.Today, mediaServed: true, comments: true);
        // Umbraco publishes the scheduled document on its day; the site rolls over and refreshes.
        live.Clock.Day = LeakFixture.Today.AddDays(1);
        await live.Services.GetRequiredService<ContentProvider>().RollOverDayAsync(CancellationToken.None);
        await Crawl(client, live.Clock.Day, mediaServed: true, comments: true);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + _fx.Scheduled.MediaKey)).StatusCode);
    }

    private const string OpenConsultation = "yjzj-2026-03";
    private const string OpenConsultationRoute = "/xxgk/yjzj/yjzj-2026-03/";
    private const string PublicCommentText = "泄露测试公开意见对照：建议延长办理时间。";
    private static readonly string[] CommentCanaries =
        ["canary-published@leak", "canary-pending@leak", "CANARY-COMMENT-PENDING", "CANARY-COMMENT-HIDDEN", "CANARY-HIDE-REASON", "CANARY-COMMENT-NOCONSENT", "CANARY-NAME-NOCONSENT"];

    /// <summary>
    /// Comments in every moderation state on the open consultation, each with a contact: only the published one with
    /// consent may appear, and never a contact, a reason for hiding or an unconsented name.
    /// </summary>
    private static async Task SeedComments(SiteFactory f)
    {
        f.CreateClient();
        var item = f.Services.GetRequiredService<ContentProvider>().Current.Items[OpenConsultation];
        var consultation = ConsultationContent.Read(item, []);
        using var scope = f.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<CommentStore>();
        async Task<string> Submit(string text, string? name, string contact, bool consent) =>
            (await store.SubmitAsync(new CommentSubmission(OpenConsultation, text, "第三条", name, contact, consent, Guid.NewGuid().ToString("N")), consultation)).Number;
        var published = await Submit(PublicCommentText, "公开对照人", "canary-published@leak.example.cn", true);
        Assert.Empty(await store.ModerateAsync(OpenConsultation, published, CommentStatus.Published, null, "审核员"));
        await Submit("CANARY-COMMENT-PENDING 待审核的意见。", "待审人", "canary-pending@leak.example.cn", true);
        var hidden = await Submit("CANARY-COMMENT-HIDDEN 不予公布的意见。", null, "13800000000", true);
        Assert.Empty(await store.ModerateAsync(OpenConsultation, hidden, CommentStatus.Hidden, "CANARY-HIDE-REASON 含有与征集无关的内容", "审核员"));
        var unconsented = await Submit("CANARY-COMMENT-NOCONSENT 不同意公开的意见。", "CANARY-NAME-NOCONSENT", "13800000001", false);
        Assert.NotEmpty(await store.ModerateAsync(OpenConsultation, unconsented, CommentStatus.Published, null, "审核员")); // refused: no consent
    }

    [Fact]
    public async Task Delivery_api_mode_leaks_nothing_live_from_the_cache_after_a_restart_or_after_a_rollover()
    {
        await using var api = await StartApi();
        await using (var live = ApiSite(api))
        {
            await Crawl(live.CreateClient(), LeakFixture.Today, mediaServed: true);
        }
        AssertCacheHoldsNothingWithheld();

        // Restart with Umbraco down: the cache serves, and still nothing withheld.
        api.Current = FakeDeliveryApi.Mode.Fail;
        await using var restarted = ApiSite(api);
        var client = restarted.CreateClient();
        Assert.True(restarted.Services.GetRequiredService<ContentProvider>().IsStale);
        await Crawl(client, LeakFixture.Today, mediaServed: false);

        // The cache did not keep the scheduled document, so a rollover from the cache cannot show it either way;
        // nothing withheld appears.
        restarted.Clock.Day = LeakFixture.Today.AddDays(1);
        await restarted.Services.GetRequiredService<ContentProvider>().RollOverDayAsync(CancellationToken.None);
        await Crawl(client, restarted.Clock.Day, mediaServed: false, expectScheduled: false);
    }

    [Fact]
    public async Task An_item_unpublished_in_umbraco_is_gone_after_a_refresh_and_after_a_restart()
    {
        await using var api = await StartApi();
        await using (var live = ApiSite(api))
        {
            var client = live.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(LeakFixture.PublicControlRoute)).StatusCode);
            api.Items.RemoveAll(i => i.Id == "leak-public");
            var hook = new HttpRequestMessage(HttpMethod.Post, "/api/govopen/webhook");
            hook.Headers.Add(SiteEndpoints.WebhookHeader, Secret);
            Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(hook)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LeakFixture.PublicControlRoute)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + LeakFixture.PublicControlMedia)).StatusCode);
        }
        Assert.DoesNotContain(Directory.EnumerateFiles(_cache, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(LeakFixture.PublicControlTitle));
        api.Current = FakeDeliveryApi.Mode.Fail;
        await using var restarted = ApiSite(api);
        var c = restarted.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync(LeakFixture.PublicControlRoute)).StatusCode);
        Assert.DoesNotContain(LeakFixture.PublicControlTitle, await c.GetStringAsync("/search?q=" + Uri.EscapeDataString("泄露测试公开对照")));
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/xxgk/zcwj/zcwj-2024-001/")).StatusCode);
    }

    [Fact]
    public async Task A_cache_save_that_fails_half_way_leaves_the_previous_generation_in_use()
    {
        await using var api = await StartApi();
        await using (var live = ApiSite(api))
        {
            live.CreateClient();
            var before = File.ReadAllText(Path.Combine(_cache, ContentCache.PointerFile));
            // The pointer's temporary file cannot be written (a directory stands in its way): the new generation is
            // written, the switch fails, and the new generation is removed again.
            Directory.CreateDirectory(Path.Combine(_cache, ContentCache.PointerFile + ".tmp"));
            api.Items.RemoveAll(i => i.Id == "zcwj-2024-001");
            var hook = new HttpRequestMessage(HttpMethod.Post, "/api/govopen/webhook");
            hook.Headers.Add(SiteEndpoints.WebhookHeader, Secret);
            Assert.Equal(HttpStatusCode.Accepted, (await live.CreateClient().SendAsync(hook)).StatusCode);
            Assert.Equal(before, File.ReadAllText(Path.Combine(_cache, ContentCache.PointerFile)));
            Assert.Single(Directory.EnumerateDirectories(_cache, "gen-*"));
            var package = ContentCache.Load(_cache)!;
            Assert.Contains(package.Items, i => i.Id == "zcwj-2024-001"); // the whole previous copy, not a mix
            Directory.Delete(Path.Combine(_cache, ContentCache.PointerFile + ".tmp"));
        }
    }

    private void AssertCacheHoldsNothingWithheld()
    {
        var files = Directory.EnumerateFiles(_cache, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        var all = string.Join("\n", files.Select(File.ReadAllText));
        Assert.Contains(LeakFixture.PublicControlTitle, all);
        foreach (var c in _fx.ForbiddenOn(LeakFixture.Today))
        {
            Assert.False(all.Contains(c, StringComparison.Ordinal), $"the cache on disk holds '{c}'");
        }
    }

    /// <summary>Walks every surface and probes every withheld route and file; asserts no canary and the public controls.</summary>
    private async Task Crawl(HttpClient client, DateOnly day, bool mediaServed, bool expectScheduled = true, bool comments = false)
    {
        var forbidden = _fx.ForbiddenOn(day).Concat(CommentCanaries).ToList();
        var queue = new Queue<string>(["/xxgk/", "/sitemap.xml", "/feeds/zcwj.xml", "/feeds/zcjd.xml", "/feeds/hygk.xml", "/feeds/jgsf.xml", "/feeds/yjzj.xml", "/healthz",
            LeakFixture.FeeRoute, LeakFixture.PublicControlRoute, OpenConsultationRoute, "/xxgk/yjzj/"]);
        foreach (var q in new[] { "CANARY", "意见", "待审核", "13800000000" })
        {
            queue.Enqueue("/search?q=" + Uri.EscapeDataString(q));
        }
        foreach (var g in _fx.WithheldOn(day))
        {
            queue.Enqueue(g.Route);
            queue.Enqueue("/" + g.MediaKey);
            foreach (var q in new[] { g.Title, g.Number, g.AltNumber, g.Marker, g.Id, "泄露测试", "秘" + g.Title[7..8] })
            {
                queue.Enqueue("/search?q=" + Uri.EscapeDataString(q));
            }
        }
        var seen = new HashSet<string>();
        var pages = 0;
        while (queue.Count > 0 && pages < 1500)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }
            var res = await client.GetAsync(url);
            var body = Encoding.UTF8.GetString(await res.Content.ReadAsByteArrayAsync());
            pages++;
            Assert.True((int)res.StatusCode < 500, $"{url} → {(int)res.StatusCode}");
            var checkedText = body;
            if (url.StartsWith("/search", StringComparison.Ordinal))
            {
                // The citizen's own query echoed in the box, the count line and links that keep it is not a leak;
                // results, facets and everything else are checked.
                checkedText = Regex.Replace(body, "<input id=\"(?:site-)?q\"[^>]*>|<p class=\"count\"[^>]*>.*?</p>|returnUrl=[^&\"]*|[?&](?:amp;)?q=[^&\"]*", "", RegexOptions.Singleline);
            }
            foreach (var f in forbidden)
            {
                Assert.False(checkedText.Contains(f, StringComparison.Ordinal), $"'{f}' leaked on {url}");
            }
            foreach (Match m in Regex.Matches(body, "(?:href|src)=\"(/[^\"#]*)\""))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                if (!link.StartsWith("/settings", StringComparison.Ordinal) && !link.StartsWith("/css", StringComparison.Ordinal) && !link.StartsWith("/js", StringComparison.Ordinal)
                    && !Regex.IsMatch(link, "page=[3-9]"))
                {
                    queue.Enqueue(link);
                }
            }
            foreach (Match m in Regex.Matches(body, "<loc>https?://[^/]+(/[^<]*)</loc>"))
            {
                queue.Enqueue(m.Groups[1].Value);
            }
        }
        Assert.True(pages > 200, $"only {pages} pages were walked");
        foreach (var g in _fx.WithheldOn(day))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(g.Route)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + g.MediaKey)).StatusCode);
        }

        // The public controls: the referring pages show what is public and nothing else.
        var control = await client.GetStringAsync(LeakFixture.PublicControlRoute);
        Assert.Contains(LeakFixture.PublicControlTitle, control);
        Assert.Contains(GovOpen.Core.Content.WithheldReferences.Placeholder, control); // the withheld links' place
        Assert.Contains("href=\"/xxgk/zcwj/zcwj-2024-001/\"", control);
        Assert.Contains("已废止", control);
        Assert.DoesNotContain("javascript:", control);
        Assert.Contains("脚本附件", control);
        Assert.Contains("(PDF，2 KB)".Replace("(", "（").Replace(")", "）"), control);
        var media = await client.GetAsync("/" + LeakFixture.PublicControlMedia);
        Assert.Equal(mediaServed ? HttpStatusCode.OK : HttpStatusCode.NotFound, media.StatusCode);
        var fee = await client.GetStringAsync(LeakFixture.FeeRoute);
        Assert.Contains(LeakFixture.ExternalBasis, fee);
        Assert.Contains("href=\"/xxgk/zcwj/zcwj-2024-001/\"", fee);
        if (comments)
        {
            Assert.Contains(PublicCommentText, await client.GetStringAsync(OpenConsultationRoute));
        }
        if (day > LeakFixture.Today && expectScheduled)
        {
            Assert.Contains(_fx.Scheduled.Title, await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(_fx.Scheduled.Number)));
        }
    }
}
