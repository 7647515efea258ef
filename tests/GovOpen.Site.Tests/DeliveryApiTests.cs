using System.Net;
using GovOpen.Packaging;
using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Site.Tests;

public sealed class DeliveryApiTests : IAsyncLifetime
{
    private const string Secret = "a-shared-secret-of-some-length";
    private const string SiteIdCode = "3399000099";
    private readonly string _cache = Directory.CreateTempSubdirectory("govopen-cache").FullName;
    private FakeDeliveryApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = new FakeDeliveryApi(ContentPackage.Load(PackageContentSource.EmbeddedPath).Items);
        await _api.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        Directory.Delete(_cache, true);
    }

    private SiteFactory Factory(string? cache = null)
    {
        var f = new SiteFactory();
        f.Settings["GovOpen:Site:ContentSource"] = "deliveryApi";
        f.Settings["GovOpen:Site:DeliveryApi:BaseUrl"] = _api.BaseUrl;
        f.Settings["GovOpen:Site:DeliveryApi:ApiKey"] = "key-123";
        f.Settings["GovOpen:Site:DeliveryApi:TimeoutSeconds"] = "4"; // under the fake API's 5 s "slow" answer, above a loaded machine's first load
        f.Settings["GovOpen:Site:DeliveryApi:RefreshMinutes"] = "0";
        f.Settings["GovOpen:Site:WebhookSecret"] = Secret;
        f.Settings["GovOpen:Site:CacheDirectory"] = cache ?? _cache;
        f.Settings["GovOpen:Site:Identity:SiteIdCode"] = SiteIdCode;
        return f;
    }

    private static HttpRequestMessage Webhook(string? secret)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "/api/govopen/webhook") { Content = new StringContent("{\"event\":\"Umbraco.ContentPublish\"}") };
        if (secret is not null)
        {
            req.Headers.Add(SiteEndpoints.WebhookHeader, secret);
        }
        return req;
    }

    [Fact]
    public async Task An_image_variant_is_asked_of_umbracos_image_processor_and_other_media_are_not()
    {
        _api.Media["media/zcjd/gkgd-tujie.png"] = [1, 2, 3];
        _api.Media["media/zcjd/gkgd-1.svg"] = [4, 5, 6];
        await using var f = Factory();
        var client = f.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/zcjd/gkgd-tujie.png?w=640")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/zcjd/gkgd-tujie.png?w=500")).StatusCode); // not offered: the original
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/media/zcjd/gkgd-1.svg?w=640")).StatusCode); // vector: the original
        Assert.Contains("/media/zcjd/gkgd-tujie.png?width=640", _api.MediaRequests);
        Assert.Contains("/media/zcjd/gkgd-tujie.png", _api.MediaRequests);
        Assert.Contains("/media/zcjd/gkgd-1.svg", _api.MediaRequests);
        Assert.DoesNotContain(_api.MediaRequests, r => r.Contains("width=500") || r.Contains("svg?"));
    }

    [Fact]
    public async Task Renders_content_read_page_by_page_from_the_delivery_api()
    {
        await using var f = Factory();
        var client = f.CreateClient();
        var html = await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/");
        Assert.Contains("示府规〔2024〕1号", html);
        Assert.Contains(SiteIdCode, html); // 网站标识码 in the footer and head, from settings (the API has no manifest)
        Assert.Contains("政策文件", await client.GetStringAsync("/xxgk/")); // parents derived from routes
        Assert.True(_api.Requests >= 2, "items come in pages of 100");
        Assert.Equal("key-123", _api.LastApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/xxgk/zcwj/zcwj-2025-901/")).StatusCode); // withheld stays hidden
    }

    [Theory]
    [InlineData(FakeDeliveryApi.Mode.Fail)]
    [InlineData(FakeDeliveryApi.Mode.Slow)]
    [InlineData(FakeDeliveryApi.Mode.Malformed)]
    [InlineData(FakeDeliveryApi.Mode.MissingFields)]
    public async Task A_failing_refresh_keeps_serving_the_last_good_content(FakeDeliveryApi.Mode mode)
    {
        await using var f = Factory();
        var client = f.CreateClient();
        Assert.Contains("示例市政务公开工作规定", await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        _api.Current = mode;
        var res = await client.SendAsync(Webhook(Secret));
        Assert.Equal(HttpStatusCode.BadGateway, res.StatusCode);
        Assert.Contains("示例市政务公开工作规定", await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        var provider = f.Services.GetRequiredService<ContentProvider>();
        Assert.True(provider.IsStale);
        Assert.NotNull(provider.LastFailure);
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", body["status"]!.GetValue<string>());
        // /healthz is public: the reason is a code; the exception's text (the API's address, paths) stays in the log.
        Assert.Contains(body["reason"]!.GetValue<string>(), new[] { "source-unreachable", "source-answer", "content-invalid" });
        Assert.DoesNotContain("127.0.0.1", body.ToJsonString());
        Assert.DoesNotContain("Exception", body.ToJsonString());
    }

    [Fact]
    public async Task The_webhook_needs_the_shared_secret_and_then_refreshes()
    {
        await using var f = Factory();
        var client = f.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Webhook(null))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Webhook("wrong-secret-wrong-secret"))).StatusCode);

        var item = _api.Items.First(i => i.Id == "zcwj-2024-001");
        _api.Items[_api.Items.IndexOf(item)] = item with { Name = "示例市政务公开工作规定（2026年修订）" };
        Assert.DoesNotContain("2026年修订", await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(Webhook(Secret))).StatusCode);
        Assert.Contains("示例市政务公开工作规定（2026年修订）", await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        Assert.Contains("2026年修订", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("2026年修订"))); // the index follows
    }

    [Fact]
    public async Task A_page_kept_from_an_earlier_snapshot_is_never_served_once_its_item_is_withdrawn()
    {
        await using var f = Factory();
        var client = f.CreateClient();
        const string path = "/xxgk/zcwj/zcwj-2024-001/";
        Assert.Contains("示府规〔2024〕1号", await client.GetStringAsync(path));
        Assert.Contains("示府规〔2024〕1号", await client.GetStringAsync(path)); // kept now
        Assert.Contains(path, await client.GetStringAsync("/xxgk/zcwj/?year=2024"));
        Assert.Contains(path, await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("示府规〔2024〕1号")));

        var item = _api.Items.First(i => i.Id == "zcwj-2024-001");
        _api.Items[_api.Items.IndexOf(item)] = item with { Properties = WithDisclosure(item.Properties, "onRequest") };
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(Webhook(Secret))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.DoesNotContain(path, await client.GetStringAsync("/xxgk/zcwj/?year=2024"));
        Assert.DoesNotContain(path, await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("示府规〔2024〕1号")));
    }

    private static System.Text.Json.Nodes.JsonObject WithDisclosure(System.Text.Json.Nodes.JsonObject properties, string value)
    {
        var copy = (System.Text.Json.Nodes.JsonObject)properties.DeepClone();
        copy["disclosure"] = new System.Text.Json.Nodes.JsonObject { ["attribute"] = value, ["basis"] = "条例第十三条", ["reason"] = "测试" };
        return copy;
    }

    [Fact]
    public async Task Malformed_items_from_the_api_are_reported_and_skipped_and_a_paging_duplicate_is_resolved()
    {
        var good = _api.Items.First(i => i.Id == "zcwj-2024-001");
        _api.Items.Add(good); // the same item on two pages (an item published between two page requests)
        _api.Items.Add(good with { Id = "bad-null-route", Route = null! });
        _api.Items.Add(good with { Id = "bad-null-properties", Properties = null! });
        _api.Items.Add(good with { Id = "../bad-id" });
        await using var f = Factory();
        var client = f.CreateClient();
        Assert.Contains("示府规〔2024〕1号", await client.GetStringAsync("/xxgk/zcwj/zcwj-2024-001/"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(Webhook(Secret))).StatusCode);
        var provider = f.Services.GetRequiredService<ContentProvider>();
        Assert.False(provider.IsStale);
        var problems = string.Join("\n", provider.Current.Problems.Select(p => p.Message));
        Assert.Contains("bad-null-route", problems);
        Assert.Contains("bad-null-properties", problems);
        Assert.DoesNotContain(provider.Current.Items.Keys, k => k.StartsWith("bad", StringComparison.Ordinal) || k.Contains(".."));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk/zcwj/")).StatusCode);
        var cached = ContentCache.Load(_cache)!;
        Assert.DoesNotContain(cached.Items, i => i.Id.StartsWith("bad", StringComparison.Ordinal));
        Assert.Single(cached.Items, i => i.Id == "zcwj-2024-001");
    }

    [Fact]
    public async Task Starting_while_umbraco_is_down_serves_the_cached_copy()
    {
        await using (var first = Factory())
        {
            await first.CreateClient().GetStringAsync("/xxgk/");
        }
        Assert.True(File.Exists(Path.Combine(_cache, ContentCache.PointerFile)));
        _api.Current = FakeDeliveryApi.Mode.Fail;
        await using var f = Factory();
        var html = await f.CreateClient().GetStringAsync("/xxgk/zcwj/zcwj-2024-001/");
        Assert.Contains("示府规〔2024〕1号", html);
        Assert.True(f.Services.GetRequiredService<ContentProvider>().IsStale);
    }

    [Fact]
    public async Task Starting_while_umbraco_is_down_without_a_cache_says_so_instead_of_a_blank_site()
    {
        _api.Current = FakeDeliveryApi.Mode.Fail;
        var empty = Directory.CreateTempSubdirectory("govopen-empty-cache").FullName;
        try
        {
            await using var f = Factory(empty);
            var res = await f.CreateClient().GetAsync("/xxgk/");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, res.StatusCode);
            Assert.Contains("内容暂时无法获取", await res.Content.ReadAsStringAsync());
            var health = await f.CreateClient().GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("\"status\":\"unavailable\"", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public async Task Delivery_api_mode_requires_a_base_url_and_a_secret()
    {
        await using var f = new SiteFactory();
        f.Settings["GovOpen:Site:ContentSource"] = "deliveryApi";
        f.Settings["GovOpen:Site:Requests:ConnectionString"] = "";
        var e = Assert.ThrowsAny<Exception>(() => f.CreateClient());
        Assert.Contains("BaseUrl", e.ToString());
        Assert.Contains("WebhookSecret", e.ToString());
        Assert.Contains("SiteIdCode", e.ToString());
        // One register: in front of Umbraco the site must write where the back office's clerks read.
        Assert.Contains("GovOpen:Site:Requests:ConnectionString", e.ToString());
    }
}
