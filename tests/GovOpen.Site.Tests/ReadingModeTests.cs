using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GovOpen.Site.Tests;

/// <summary>
/// Every page type on a phone (390 px) and a desktop (1280 px), in normal, extra-large text and high-contrast modes
/// (适老化): nothing wider than the screen, and no serious accessibility violation in the modes citizens switch to.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReadingModeTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    public static TheoryData<int, string> Matrix()
    {
        var data = new TheoryData<int, string>();
        // Phones from 360 to 414 px and a desktop, in normal, large, high-contrast and the heaviest combination;
        // extra-large and large-with-contrast at one phone width and the desktop.
        foreach (var width in new[] { 360, 390, 414, 1280 })
        {
            foreach (var mode in new[] { "t-normal", "t-large", "contrast", "t-xlarge.spacing.cursor" })
            {
                data.Add(width, mode);
            }
        }
        foreach (var width in new[] { 390, 1280 })
        {
            foreach (var mode in new[] { "t-xlarge", "t-large.contrast" })
            {
                data.Add(width, mode);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task No_page_type_scrolls_sideways(int width, string mode)
    {
        var page = await fx.NewPage(width, mode);
        var overflowing = new List<string>();
        foreach (var (name, path) in E2ETests.PageTypes().Select(r => ((string)r[0], (string)r[1])))
        {
            await page.GotoAsync(fx.BaseUrl + path);
            var (scroll, client, culprit) = await Overflow(page);
            if (scroll > client)
            {
                overflowing.Add($"{name} ({path}): {scroll}px > {client}px; widest: {culprit}");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"overflow-{name}-{width}-{mode}.png"), FullPage = true });
            }
        }
        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
        // The mode really is on (a test that never switched it would prove nothing).
        var classes = await page.GetAttributeAsync("body", "class") ?? "";
        Assert.Equal(mode.Contains("xlarge"), classes.Contains("xlarge-text"));
        Assert.Equal(mode.Contains("large"), classes.Contains("large-text"));
        Assert.Equal(mode.Contains("contrast"), classes.Contains("high-contrast"));
    }

    private static async Task<(int Scroll, int Client, string Culprit)> Overflow(IPage page)
    {
        var r = await page.EvaluateAsync<string[]>("""
            () => {
              const d = document.documentElement;
              let widest = '';
              let max = d.clientWidth;
              for (const el of document.body.querySelectorAll('*')) {
                const right = el.getBoundingClientRect().right;
                if (right > max + 0.5) { max = right; widest = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' ' + (el.textContent || '').trim().slice(0, 30); }
              }
              return [String(d.scrollWidth), String(d.clientWidth), widest];
            }
            """);
        return (int.Parse(r[0]), int.Parse(r[1]), r[2]);
    }

    [Theory]
    [InlineData("t-large.contrast")]
    [InlineData("t-xlarge")]
    public async Task Pages_in_the_reading_modes_have_no_serious_accessibility_violations(string mode)
    {
        var page = await fx.NewPage(390, mode);
        var problems = new List<string>();
        foreach (var (name, path) in E2ETests.PageTypes().Select(r => ((string)r[0], (string)r[1])))
        {
            await page.GotoAsync(fx.BaseUrl + path);
            AxeResult result = await page.RunAxe();
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name}: {v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_reading_settings_are_reached_by_keyboard_and_persist_across_pages()
    {
        var page = await fx.NewPage();
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        foreach (var (label, cls) in new[] { ("特大", "xlarge-text"), ("高对比度", "high-contrast"), ("加大行距", "loose-spacing"), ("大鼠标", "large-cursor") })
        {
            var link = page.Locator(".reading-tools a", new() { HasTextString = label });
            await link.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync($"document.body && document.body.classList.contains('{cls}')");
        }
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/zcwj-2024-001/");
        var classes = await page.GetAttributeAsync("body", "class") ?? "";
        foreach (var c in new[] { "xlarge-text", "high-contrast", "loose-spacing", "large-cursor" })
        {
            Assert.Contains(c, classes);
        }
        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize)") >= 1.3);
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Contains("cursor-large", await page.EvaluateAsync<string>("getComputedStyle(document.body).cursor"));
        Assert.Equal("true", await page.GetAttributeAsync(".reading-tools a:has-text('特大')", "aria-current"));
        // One link puts everything back.
        await page.Locator(".reading-tools a", new() { HasTextString = "恢复默认" }).ClickAsync();
        await page.WaitForFunctionAsync("document.body && document.body.className.trim() === ''");
        Assert.Equal("", (await page.GetAttributeAsync("body", "class") ?? "").Trim());
        // Line spacing is at least 1.3 in the default mode too.
        Assert.True(await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize)") >= 1.3);
    }

    [Fact]
    public async Task Read_aloud_uses_the_browsers_own_speech_and_stops_again()
    {
        var page = await fx.NewPage();
        // Record what would be spoken instead of sound (headless Chromium has no audio device).
        await page.AddInitScriptAsync("""
            window.__spoken = [];
            window.speechSynthesis.speak = (u) => { window.__spoken.push(u.text + '|' + u.lang); };
            """);
        var external = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(fx.BaseUrl, StringComparison.Ordinal)) { external.Add(r.Url); } };
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/zcwj-2024-001/");
        var button = page.Locator("#read-aloud");
        Assert.True(await button.IsVisibleAsync());
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        var spoken = await page.EvaluateAsync<string[]>("window.__spoken");
        Assert.NotEmpty(spoken);
        Assert.All(spoken, s => Assert.EndsWith("|zh-CN", s));
        Assert.Contains("示例市政务公开工作规定", string.Join("", spoken));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));
        Assert.Empty(external); // no outside service is called
    }

    [Fact]
    public async Task On_a_phone_the_navigation_collapses_and_opens_with_its_button()
    {
        var page = await fx.NewPage(390);
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        var toggle = page.Locator(".nav-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.False(await page.Locator("#site-nav-list").IsVisibleAsync());
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#site-nav-list a", new() { HasTextString = "政策文件" }).IsVisibleAsync());
        // The metadata table stacks: the label sits above its value, not beside it.
        await page.GotoAsync(fx.BaseUrl + "/xxgk/zcwj/zcwj-2024-001/");
        var th = await page.Locator(".meta-table th").First.BoundingBoxAsync();
        var td = await page.Locator(".meta-table td").First.BoundingBoxAsync();
        Assert.True(td!.Y >= th!.Y + th.Height - 1, "the value is below its label");
        // A 文号 is never broken inside: one line high.
        var num = page.Locator(".docnum .num");
        var box = await num.BoundingBoxAsync();
        var lineHeight = await num.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(box!.Height <= lineHeight * 1.2, $"the 文号 wraps: {box.Height}px for a {lineHeight}px line");
        // On a desktop the toggle is not shown and the navigation is.
        var desktop = await fx.NewPage(1280);
        await desktop.GotoAsync(fx.BaseUrl + "/xxgk/");
        Assert.False(await desktop.Locator(".nav-toggle").IsVisibleAsync());
        Assert.True(await desktop.Locator("#site-nav-list").IsVisibleAsync());
    }

    [Fact]
    public async Task The_pager_has_first_last_and_jump_and_an_empty_search_suggests_what_to_try()
    {
        var page = await fx.NewPage(390);
        await page.GotoAsync(fx.BaseUrl + "/search?q=");
        Assert.True(await page.Locator(".pager a", new() { HasTextString = "尾页" }).IsVisibleAsync());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.FillAsync("#pager-jump", "3");
        Assert.Equal("3", await page.InputValueAsync("#pager-jump"));
        // The navigation is awaited together with the click that starts it (a CI run once timed out waiting for it).
        await Task.WhenAll(page.WaitForURLAsync("**page=3*"), page.Locator(".pager button").ClickAsync());
        Assert.Contains("第 3 /", await page.Locator(".pager span").First.InnerTextAsync());
        Assert.True(await page.Locator(".pager a", new() { HasTextString = "首页" }).IsVisibleAsync());
        await page.GotoAsync(fx.BaseUrl + "/search?q=" + Uri.EscapeDataString("不存在的检索词甲乙丙") + "&scope=title&type=policy");
        var tips = await page.Locator(".no-results").InnerTextAsync();
        Assert.Contains("去掉筛选条件", tips);
        Assert.Contains("全文中检索", tips);
        Assert.Contains("申请公开", tips);
        await page.GotoAsync(fx.BaseUrl + "/xxgk/");
        Assert.Equal(2, await page.Locator("a.more").CountAsync());
    }
}
