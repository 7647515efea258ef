using System.Text.Json.Nodes;
using GovOpen.Core.Consultations;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using GovOpen.Requests;
using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Site.Tests;

/// <summary>
/// The sample as an ordinary package (not marked sample, so its consultations keep their dates when the clock moves),
/// written to a folder the test may change as an agency would republish an item.
/// </summary>
public sealed class ConsultationSiteFixture : BrowserFixture
{
    public string PackageDirectory { get; } = Directory.CreateTempSubdirectory("govopen-consultation-flow").FullName;

    protected override void Configure(SiteFactory factory)
    {
        var sample = ContentPackage.Load(PackageContentSource.EmbeddedPath);
        ContentPackage.Write(PackageDirectory, sample.Manifest with { Sample = false }, sample.Items);
        factory.Settings["GovOpen:Site:PackagePath"] = PackageDirectory;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(PackageDirectory, true);
    }
}

/// <summary>意见征集 end to end in Chromium: a citizen comments, a moderator publishes and tags it, the period ends and the agency publishes its 意见采纳情况.</summary>
[Trait("Category", "Browser")]
public sealed class ConsultationFlowTests(ConsultationSiteFixture fx) : IClassFixture<ConsultationSiteFixture>
{
    private const string Id = "yjzj-2026-03";
    private const string Route = "/xxgk/yjzj/yjzj-2026-03/";
    private const string Text = "建议在老旧小区周边增设夜间共享停车泊位。";

    [Fact]
    public async Task A_comment_is_moderated_published_and_shown_with_the_adoption_statement_after_the_period()
    {
        var page = await fx.NewPage(390);
        await page.GotoAsync(fx.BaseUrl + Route);
        await page.FillAsync("#c-clause", "第八条");
        await page.FillAsync("#c-text", Text);
        await page.FillAsync("#c-name", "李某");
        await page.FillAsync("#c-contact", "13700001234");
        await page.CheckAsync("#c-consent");
        await page.ClickAsync("form[action='/xxgk/yjzj/comment'] button[type=submit]");
        var number = (await page.Locator("[data-number]").InnerTextAsync()).Trim();
        Assert.Matches("^YJ-2026-\\d{6}$", number);

        // Received, not public: nothing before a moderator publishes it.
        await page.GotoAsync(fx.BaseUrl + Route);
        Assert.DoesNotContain("共享停车泊位", await page.ContentAsync());

        // The moderator publishes it and tags it for the statement (what the back office's moderate and tag calls do).
        AdoptionSummary summary;
        using (var scope = fx.Factory.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<CommentStore>();
            Assert.Empty(await store.ModerateAsync(Id, number, CommentStatus.Published, null, "审核员"));
            await store.TagAsync(Id, number, CommentAdoption.Adopted, "收费时段", "已在第八条增加夜间免费时段");
            summary = await store.SummaryAsync(Id);
        }
        Assert.Equal((1, 1, 0), (summary.Received, summary.Adopted, summary.Undecided));
        await page.ReloadAsync();
        var published = await page.Locator("section.comments").InnerTextAsync();
        Assert.Contains(Text.TrimEnd('。'), published);
        Assert.Contains("李某", published);
        Assert.DoesNotContain("13700001234", await page.ContentAsync());

        // The period ends; the agency publishes the statement, its figures taken from the tagging, with the decision.
        var item = Path.Combine(fx.PackageDirectory, "items", Id + ".json");
        var json = JsonNode.Parse(File.ReadAllText(item))!;
        var closes = DateOnly.Parse(json["properties"]!["closes"]!.GetValue<string>());
        fx.Factory.Clock.Day = closes.AddDays(5);
        json["properties"]!["feedback"] = new JsonObject { ["markup"] = $"<p>{summary.Sentence}关于收费时段的意见已采纳，在第八条增加夜间免费时段。</p>", ["blocks"] = new JsonArray() };
        json["properties"]!["feedbackDate"] = closes.AddDays(5).ToString("yyyy-MM-dd");
        File.WriteAllText(item, json.ToJsonString());
        Assert.True(await fx.Factory.Services.GetRequiredService<ContentProvider>().RefreshIfChangedAsync(CancellationToken.None));

        await page.ReloadAsync();
        var statement = await page.Locator("section.feedback").InnerTextAsync();
        Assert.Contains("意见采纳情况", statement);
        Assert.Contains("征求意见期间共收到有效意见1条，其中采纳1条", statement);
        Assert.Contains(Text.TrimEnd('。'), await page.Locator("section.comments").InnerTextAsync());
        Assert.Equal(0, await page.Locator("form[action='/xxgk/yjzj/comment']").CountAsync()); // no form after the period
        Assert.Contains("已公布意见采纳情况", await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "consultation-completed-with-comment.png"), FullPage = true });
    }
}
