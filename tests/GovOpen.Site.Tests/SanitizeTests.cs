using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Site.Tests;

public sealed class SanitizeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-site-pkg").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Hostile_rich_text_and_titles_are_neutralized()
    {
        ContentPackage.Write(_dir, new PackageManifest { Name = "x", Sample = true },
        [
            new ContentItem { Id = "root", ContentType = ContentTypes.DisclosureRoot, Name = "政府信息公开", Route = new ContentRoute("/xxgk/") },
            new ContentItem { Id = "f", ContentType = ContentTypes.PolicyFolder, Name = "政策文件", Route = new ContentRoute("/xxgk/zcwj/"), ParentId = "root" },
            new ContentItem
            {
                Id = "evil", ContentType = ContentTypes.PolicyDocument, Name = "<script>alert('t')</script>关于测试的通知", Route = new ContentRoute("/xxgk/zcwj/evil/"), ParentId = "f",
                CreateDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Properties = new JsonObject
                {
                    ["documentNumber"] = "示府发〔2026〕1号",
                    ["publishedDate"] = "2026-01-02",
                    ["body"] = new JsonObject { ["markup"] = "<p onclick=\"x()\">正文</p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">链接</a><iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=p></form><p style=\"position:fixed\">样式</p>" },
                },
            },
        ]);
        await using var factory = new SiteFactory();
        factory.Settings["GovOpen:Site:PackagePath"] = _dir;
        var html = await factory.CreateClient().GetStringAsync("/xxgk/zcwj/evil/");
        Assert.Contains("&lt;script&gt;alert", html); // title is text, escaped
        Assert.Contains("<p>正文</p>", html);
        foreach (var bad in new[] { "<script>alert", "onerror", "onclick", "javascript:", "<iframe", "style=\"position" })
        {
            NoFormInBody(html);
            Assert.False(html.Contains(bad, StringComparison.Ordinal), $"'{bad}' found: …{html[Math.Max(0, html.IndexOf(bad, StringComparison.Ordinal) - 80)..Math.Min(html.Length, html.IndexOf(bad, StringComparison.Ordinal) + 80)]}…");
        }
    }

    private static void NoFormInBody(string html)
    {
        var body = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"body\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(body);
        Assert.DoesNotContain("<form", body);
        Assert.DoesNotContain("<input", body);
    }

    [Fact]
    public async Task A_new_day_publishes_scheduled_documents_and_turns_validity()
    {
        JsonObject Policy(string number, string published, string? validUntil = null) => new()
        {
            ["documentNumber"] = number,
            ["publishedDate"] = published,
            ["category"] = "normative",
            ["body"] = new JsonObject { ["markup"] = "<p>正文</p>" },
            ["validity"] = JsonNode.Parse($$"""{"effectiveDate":"2024-01-01","validUntil":"{{validUntil ?? "2029-12-31"}}","history":[]}"""),
        };
        ContentPackage.Write(_dir, new PackageManifest { Name = "x", Sample = true },
        [
            new ContentItem { Id = "root", ContentType = ContentTypes.DisclosureRoot, Name = "政府信息公开", Route = new ContentRoute("/xxgk/") },
            new ContentItem { Id = "f", ContentType = ContentTypes.PolicyFolder, Name = "政策文件", Route = new ContentRoute("/xxgk/zcwj/"), ParentId = "root" },
            new ContentItem { Id = "tomorrow", ContentType = ContentTypes.PolicyDocument, Name = "示例市明日发布的管理办法", Route = new ContentRoute("/xxgk/zcwj/tomorrow/"), ParentId = "f", Properties = Policy("示府规〔2026〕9号", "2026-11-24") },
            new ContentItem { Id = "ending", ContentType = ContentTypes.PolicyDocument, Name = "示例市今日到期的实施意见", Route = new ContentRoute("/xxgk/zcwj/ending/"), ParentId = "f", Properties = Policy("示府规〔2021〕3号", "2021-11-24", "2026-11-23") },
        ]);
        await using var factory = new SiteFactory();
        factory.Settings["GovOpen:Site:PackagePath"] = _dir;
        var client = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/xxgk/zcwj/tomorrow/")).StatusCode);
        Assert.Contains("现行有效", await client.GetStringAsync("/xxgk/zcwj/ending/"));

        var provider = factory.Services.GetRequiredService<GovOpen.Site.Services.ContentProvider>();
        Assert.False(await provider.RollOverDayAsync(default)); // same day: nothing to do
        factory.Clock.Day = new DateOnly(2026, 11, 24);
        Assert.True(await provider.RollOverDayAsync(default));
        Assert.Contains("示例市明日发布的管理办法", await client.GetStringAsync("/xxgk/zcwj/tomorrow/"));
        Assert.Contains("/xxgk/zcwj/tomorrow/", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("明日发布"))); // the index follows
        Assert.Contains("已失效", await client.GetStringAsync("/xxgk/zcwj/ending/"));
    }

    [Fact]
    public async Task A_new_day_keeps_links_to_documents_that_became_public()
    {
        // Regression: the rollover rebuilt the snapshot from entities an earlier snapshot had filtered in place,
        // so an interpretation lost its link to a policy that became public on the new day.
        ContentPackage.Write(_dir, new PackageManifest { Name = "x", Sample = true },
        [
            new ContentItem { Id = "root", ContentType = ContentTypes.DisclosureRoot, Name = "政府信息公开", Route = new ContentRoute("/xxgk/") },
            new ContentItem { Id = "f", ContentType = ContentTypes.PolicyFolder, Name = "政策文件", Route = new ContentRoute("/xxgk/zcwj/"), ParentId = "root" },
            new ContentItem { Id = "j", ContentType = ContentTypes.PolicyFolder, Name = "政策解读", Route = new ContentRoute("/xxgk/zcjd/"), ParentId = "root" },
            new ContentItem
            {
                Id = "p1", ContentType = ContentTypes.PolicyDocument, Name = "示例市明日发布的实施办法", Route = new ContentRoute("/xxgk/zcwj/p1/"), ParentId = "f",
                Properties = new JsonObject { ["documentNumber"] = "示府发〔2026〕19号", ["publishedDate"] = "2026-11-24", ["body"] = "<p>正文</p>" },
            },
            new ContentItem
            {
                Id = "i1", ContentType = ContentTypes.PolicyInterpretation, Name = "《示例市明日发布的实施办法》解读", Route = new ContentRoute("/xxgk/zcjd/i1/"), ParentId = "j",
                Properties = new JsonObject { ["interpretationOf"] = new JsonArray("p1"), ["publishedDate"] = "2026-11-23", ["form"] = "text", ["body"] = "<p>解读正文</p>" },
            },
        ]);
        await using var factory = new SiteFactory();
        factory.Settings["GovOpen:Site:PackagePath"] = _dir;
        var client = factory.CreateClient();
        var provider = factory.Services.GetRequiredService<GovOpen.Site.Services.ContentProvider>();
        Assert.Empty(provider.Current.InterpretationsByPolicy["p1"]);

        factory.Clock.Day = new DateOnly(2026, 11, 24);
        Assert.True(await provider.RollOverDayAsync(default));
        Assert.Single(provider.Current.InterpretationsByPolicy["p1"]);
        Assert.Contains("/xxgk/zcjd/i1/", await client.GetStringAsync("/xxgk/zcwj/p1/"));
        Assert.Contains("/xxgk/zcwj/p1/", await client.GetStringAsync("/xxgk/zcjd/i1/"));
    }

    [Fact]
    public async Task Invalid_settings_fail_at_start_with_a_clear_message()
    {
        await using var factory = new SiteFactory();
        factory.Settings["GovOpen:Site:ContentSource"] = "ftp";
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("GovOpen:Site:ContentSource", e.ToString());
    }
}
