using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GovOpen.Site.Tests;

[Trait("Category", "Browser")]
public sealed class E2ETests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Follows a link as a reader would, without racing the page: the link must be visible and its address must be
    /// the expected one; the page then goes there (a click on a loaded CI machine sometimes landed before the page
    /// was ready and never navigated).
    /// </summary>
    private static async Task Follow(Microsoft.Playwright.IPage page, Microsoft.Playwright.ILocator link, string expected)
    {
        await link.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        var href = await link.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href));
        var target = new Uri(new Uri(page.Url), href!).ToString();
        Assert.Contains(expected, target);
        await page.GotoAsync(target);
    }

    [Fact]
    public async Task Search_from_the_header_finds_the_exact_number_first_and_opens_its_banner()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        await page.FillAsync("#site-q", "示府规[2019]2号");
        var toResults = page.WaitForURLAsync("**/search?q=*", new() { Timeout = 90_000 });
        await page.PressAsync("#site-q", "Enter");
        await toResults;
        var first = page.Locator("ol.results > li").First;
        Assert.Equal("exact", await first.GetAttributeAsync("class"));
        Assert.Contains("文号精确匹配", await first.InnerTextAsync());
        await Follow(page, first.Locator("h3 a"), "/xxgk/zcwj/zcwj-2019-002/");
        var banner = page.Locator(".validity-banner");
        Assert.True(await banner.IsVisibleAsync());
        Assert.Contains("本文件已失效", await banner.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "search-to-expired-policy.png"), FullPage = true });
    }

    [Fact]
    public async Task Filters_narrow_the_policy_list()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/");
        var before = await page.Locator("p.count").InnerTextAsync();
        await Follow(page, page.Locator(".facet a", new() { HasTextString = "2024（" }).First, "year=2024");
        await Follow(page, page.Locator(".facet a", new() { HasTextString = "现行有效（" }).First, "validity=");
        var after = await page.Locator("p.count").InnerTextAsync();
        Assert.NotEqual(before, after);
        var badges = await page.Locator("tbody .badge").AllInnerTextsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("现行有效", b));
        var dates = await page.Locator("tbody td.nowrap:last-child").AllInnerTextsAsync();
        Assert.All(dates, d => Assert.StartsWith("2024", d));
    }

    [Fact]
    public async Task Abolition_banner_links_to_the_replacing_document()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/zcwj-2015-008/");
        await Follow(page, page.Locator(".validity-banner a"), "/xxgk/zcwj/zcwj-2024-001/");
        Assert.Equal("示例市政务公开工作规定", await page.Locator("article h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".validity-banner").CountAsync());
    }

    [Fact]
    public async Task Keyboard_only_use_skip_link_search_and_large_text()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到主要内容", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation completes asynchronously; wait for it instead of reading the URL at once.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#main$"), new() { Timeout = 10_000 });
        Assert.EndsWith("#main", page.Url);
        // Tab reaches the search box, typing and Enter searches.
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "site-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("site-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("政务公开");
        Assert.Equal("政务公开", await page.InputValueAsync("#site-q"));
        var toResults = page.WaitForURLAsync("**/search?q=*", new() { Timeout = 90_000 });
        await page.Keyboard.PressAsync("Enter");
        await toResults;
        Assert.True(await page.Locator("ol.results mark").CountAsync() > 0);
        // Focus is visible (an outline is drawn on the focused link).
        await page.Locator("a.text-size").FocusAsync();
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        Assert.Contains("large-text", await page.GetAttributeAsync("body", "class") ?? "");
    }

    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "/xxgk/" },
        { "policy-list", "/xxgk/zcwj/" },
        { "policy", "/xxgk/zcwj/zcwj-2024-001/" },
        { "policy-abolished", "/xxgk/zcwj/zcwj-2015-008/" },
        { "policy-revised", "/xxgk/zcwj/zcwj-2020-021/" },
        { "interpretation-list", "/xxgk/zcjd/" },
        { "interpretation-text", "/xxgk/zcjd/zcjd-2024-001/" },
        { "interpretation-graphic", "/xxgk/zcjd/zcjd-2024-002/" },
        { "interpretation-qa", "/xxgk/zcjd/zcjd-2024-006/" },
        { "interpretation-video", "/xxgk/zcjd/zcjd-2024-012/" },
        { "meeting-list", "/xxgk/hygk/" },
        { "meeting", "/xxgk/hygk/hygk-2026-05/" },
        { "fee-catalogue", "/xxgk/jgsf/" },
        { "fee-item", "/xxgk/jgsf/jgsf-001/" },
        { "guide", "/xxgk/gkzn/" },
        { "statutory-catalogue", "/xxgk/fdzdgknr/" },
        { "catalogue-column", "/xxgk/fdzdgknr/statistics/" },
        { "column-with-children", "/xxgk/ndbg/" },
        { "annual-report", "/xxgk/ndbg/ndbg-2025/" },
        { "search", "/search?q=%E5%81%9C%E8%BD%A6" },
        { "search-page-2", "/search?q=%E7%A4%BA%E4%BE%8B&page=2" },
        { "search-no-results", "/search?q=%E6%97%A0%E6%AD%A4%E5%86%85%E5%AE%B9qzx" },
        { "site-map", "/sitemap/" },
        { "standard-catalogue", "/xxgk/jcml/" },
        { "decision-catalogue", "/xxgk/zdjcml/" },
        { "consultation-list", "/xxgk/yjzj/" },
        { "consultation-open", "/xxgk/yjzj/yjzj-2026-03/" },
        { "consultation-completed", "/xxgk/yjzj/yjzj-2026-01/" },
        { "not-found", "/xxgk/zcwj/no-such-document/" },
        { "request-form", "/xxgk/ysqgk/apply" },
        { "request-status", "/xxgk/ysqgk/status" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Each_page_type_has_no_serious_accessibility_violations(string name, string path)
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + path);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true });
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [Fact]
    public async Task A_citizen_applies_online_and_looks_up_the_request_with_the_receipt()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/ysqgk/");
        await Follow(page, page.Locator("a[href='/xxgk/ysqgk/apply']").First, "/xxgk/ysqgk/apply");
        await page.FillAsync("#Name", "孙示例");
        await page.SelectOptionAsync("#IdType", "residentIdCard");
        await page.FillAsync("#IdNumber", "11010519491231002X");
        await page.FillAsync("#Contact", "sun@example.invalid");
        await page.FillAsync("#Description", "示例市2025年度公交线路调整的听证材料");
        var file = Path.Combine(Path.GetTempPath(), $"id-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(file, "%PDF-1.4 示例身份证明");
        try
        {
            await page.SetInputFilesAsync("#Attachments", file);
            await page.Locator("form.request-form button[type=submit]").ClickAsync();
            var number = await page.Locator("[data-number]").InnerTextAsync();
            var code = await page.Locator("[data-code]").InnerTextAsync();
            Assert.Matches(@"^YSQ-2026-\d{6}$", number);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "request-receipt.png"), FullPage = true });

            // The receipt links to the status page; following it by address avoids a click racing the receipt's own load.
            Assert.True(await page.Locator(".receipt a[href='/xxgk/ysqgk/status']").CountAsync() > 0);
            await page.GotoAsync(fx.BaseUrl + "/xxgk/ysqgk/status");
            await page.FillAsync("#Number", number);
            await page.FillAsync("#Code", code);
            await page.Locator("form button[type=submit]").Last.ClickAsync();
            Assert.Equal("已登记", await page.Locator("[data-state]").InnerTextAsync());
            Assert.Contains("2026年12月21日", await page.Locator("[data-deadline]").InnerTextAsync());
            Assert.DoesNotContain("孙示例", await page.ContentAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Print_style_hides_navigation()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/zcwj-2024-001/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.True(await page.Locator("article h1").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "policy-print.png"), FullPage = true });
    }
}
