using System.Net;
using System.Text.RegularExpressions;
using GovOpen.Site.Services;

namespace GovOpen.Site.Tests;

/// <summary>How agencies deploy the site: canonical URL, identity footer (国办发〔2017〕47号), CSP additions, settings checks.</summary>
public sealed class DeploymentTests : IDisposable
{
    private readonly SiteFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void The_site_runs_the_workstation_collector_told_to_conserve_memory()
    {
        // What `dotnet GovOpen.Site.dll` starts with (the build's runtime configuration, copied beside this assembly):
        // the server collector kept 450–500 MiB resident after a crawl at 20,000 items (docs/benchmarks.md).
        var path = Path.Combine(AppContext.BaseDirectory, "GovOpen.Site.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var config = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(config.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(config.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(9, config.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/zcwj.xml")]
    [InlineData("/xxgk/zcwj/zcwj-2024-001/")]
    public async Task Absolute_urls_come_from_the_configured_address_never_from_the_host_header(string path)
    {
        var client = _factory.CreateClient();
        var req = new HttpRequestMessage(HttpMethod.Get, path);
        req.Headers.Host = "evil.example";
        var body = await (await client.SendAsync(req)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", body);
        Assert.Contains(SiteFactory.PublicBaseUrl + "/xxgk/", body);
    }

    [Fact]
    public async Task With_allowed_hosts_set_a_request_for_another_host_is_refused()
    {
        _factory.Settings["AllowedHosts"] = "www.shili.example.gov.cn;localhost";
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk/")).StatusCode);
        var req = new HttpRequestMessage(HttpMethod.Get, "/xxgk/");
        req.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(req)).StatusCode);
    }

    [Fact]
    public async Task An_empty_package_path_means_the_embedded_sample()
    {
        _factory.Settings["GovOpen:Site:PackagePath"] = "";
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _factory.CreateClient().GetAsync("/xxgk/zcwj/zcwj-2024-001/")).StatusCode);
    }

    [Fact]
    public void Outside_development_the_canonical_address_is_required()
    {
        using var f = new SiteFactory();
        f.Settings["GovOpen:Site:PublicBaseUrl"] = "";
        var e = Assert.ThrowsAny<Exception>(() => f.CreateClient());
        Assert.Contains("GovOpen:Site:PublicBaseUrl", e.ToString());
    }

    [Theory]
    [InlineData("GovOpen:Site:PublicBaseUrl", "https://www.example.gov.cn/sub/path")]
    [InlineData("GovOpen:Site:Csp:ScriptSources:0", "'unsafe-inline'")]
    [InlineData("GovOpen:Site:Csp:ScriptSources:0", "https://a.example; script-src *")]
    [InlineData("GovOpen:Site:Proxy:KnownProxies:0", "not-an-ip")]
    [InlineData("GovOpen:Site:Proxy:KnownNetworks:0", "10.0.0.0/99")]
    [InlineData("GovOpen:Site:Identity:SiteIdCode", "123")]
    [InlineData("GovOpen:Site:Identity:PoliceRecordNumber", "京11010202000001")]
    public void A_bad_deployment_setting_stops_the_site_naming_the_key(string key, string value)
    {
        using var f = new SiteFactory();
        f.Settings[key] = value;
        var e = Assert.ThrowsAny<Exception>(() => f.CreateClient());
        Assert.Contains(Regex.Replace(key, ":\\d+$", ""), e.ToString());
    }

    [Fact]
    public async Task The_footer_and_head_carry_what_47hao_requires_from_settings()
    {
        _factory.Settings["GovOpen:Site:Identity:Sponsor"] = "示例市人民政府办公室";
        _factory.Settings["GovOpen:Site:Identity:Contact"] = "0000-12345678";
        _factory.Settings["GovOpen:Site:Identity:SiteIdCode"] = "9999000002";
        _factory.Settings["GovOpen:Site:Identity:IcpNumber"] = "示ICP备00000000号";
        _factory.Settings["GovOpen:Site:Identity:PoliceRecordRegion"] = "示";
        _factory.Settings["GovOpen:Site:Identity:PoliceRecordNumber"] = "00000000000001";
        _factory.Settings["GovOpen:Site:Identity:PartyGovLabelUrl"] = "https://bszs.conac.cn/sitename?method=show&id=EXAMPLE";
        _factory.Settings["GovOpen:Site:Identity:ErrorReportUrl"] = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=9999000002";
        var html = await _factory.CreateClient().GetStringAsync("/xxgk/");
        Assert.Contains("主办单位：示例市人民政府办公室", html);
        Assert.Contains("联系方式：0000-12345678", html);
        Assert.Contains("网站标识码：9999000002", html);
        Assert.Contains("<meta name=\"SiteIDCode\" content=\"9999000002\" />", html);
        Assert.Contains("<meta name=\"SiteDomain\" content=\"www.shili.example.gov.cn\" />", html);
        Assert.Contains("示ICP备00000000号", html);
        Assert.Contains("示公网安备 00000000000001号", html);
        // The 　 separators stand alone: no line break of the markup renders as a space beside them.
        Assert.Contains("网站标识码：9999000002　<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">示ICP备00000000号</a>　<a href=", html);
        Assert.Contains("党政机关", html);
        Assert.Contains("我为政府网站找错", html);
        Assert.Contains("href=\"/sitemap/\"", html);
    }

    [Fact]
    public async Task The_site_map_is_a_page_of_every_column()
    {
        var html = await _factory.CreateClient().GetStringAsync("/sitemap/");
        foreach (var column in new[] { "政策文件", "会议公开", "价格收费", "政府信息公开指南" })
        {
            Assert.Contains(column, html);
        }
        Assert.DoesNotContain("zcwj-2024-001", html); // columns, not documents
    }

    [Fact]
    public async Task The_csp_takes_the_agency_sources_and_nothing_else()
    {
        _factory.Settings["GovOpen:Site:Csp:ScriptSources:0"] = "https://zfwzgl.www.gov.cn";
        _factory.Settings["GovOpen:Site:Csp:ImageSources:0"] = "https://*.conac.cn";
        var res = await _factory.CreateClient().GetAsync("/xxgk/");
        var csp = res.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://zfwzgl.www.gov.cn;", csp);
        Assert.Contains("img-src 'self' data: https: https://*.conac.cn;", csp);
        Assert.DoesNotContain("unsafe", csp);
        Assert.False(res.Headers.Contains("Server"), "the server does not name itself");
        Assert.False(res.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Without_a_configured_proxy_forwarded_headers_are_not_believed()
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "/xxgk/");
        req.Headers.Add("X-Forwarded-Proto", "https");
        req.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var res = await _factory.CreateClient().SendAsync(req);
        Assert.False(res.Headers.Contains("Strict-Transport-Security"), "a forged X-Forwarded-Proto made the site think it was on HTTPS");
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/a%0d%0aSet-Cookie:%20x=1")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task The_text_size_switch_goes_back_only_to_a_clean_local_path(string returnUrl)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var res = await client.GetAsync("/settings/text-size?size=large&returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, res.StatusCode);
        Assert.Equal("/xxgk/", res.Headers.Location!.OriginalString);
    }
}
