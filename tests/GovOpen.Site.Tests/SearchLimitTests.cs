using System.Net;

namespace GovOpen.Site.Tests;

/// <summary>Searches with text are limited per client address; lists without text and other pages are not.</summary>
public sealed class SearchLimitTests : IDisposable
{
    private readonly SiteFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Searches_beyond_the_limit_get_429_with_a_chinese_page_and_browsing_goes_on()
    {
        _factory.Settings["GovOpen:Site:SearchesPerMinute"] = "3";
        var client = _factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        foreach (var q in new[] { "公共数据", "停车", "收费" })
        {
            codes.Add((await client.GetAsync("/search?q=" + Uri.EscapeDataString(q))).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], codes);
        var over = await client.GetAsync("/search?q=" + Uri.EscapeDataString("政务公开"));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.True(over.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, "a 429 says when to come back");
        var page = await over.Content.ReadAsStringAsync();
        Assert.Contains("检索过于频繁", page);
        Assert.DoesNotContain("提交过于频繁", page);
        // Browsing is not searching: a list without text, and the rest of the site, still answer.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=&type=policy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk/")).StatusCode);
    }

    [Fact]
    public async Task Zero_turns_the_limit_off()
    {
        _factory.Settings["GovOpen:Site:SearchesPerMinute"] = "0";
        var client = _factory.CreateClient();
        for (var i = 0; i < 70; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=%E6%94%BF%E5%8A%A1{i}")).StatusCode);
        }
    }
}
