using System.Text.Json.Nodes;
using GovOpen.Core.AnnualReports;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Api.AnnualReports;
using GovOpen.Umbraco.ContentModel;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

public sealed class AnnualReportApiTests
{
    [Fact]
    public async Task Generating_a_report_keeps_the_tables_on_the_item_and_publishing_checks_them()
    {
        var site = new FakeSite();
        site.Add(ContentTypes.PolicyDocument, "示例市甲管理办法", new(FakeSite.Policy(number: "示府规〔2025〕1号", signed: "2025-03-02", published: "2025-03-05")), published: true);
        site.Add(ContentTypes.PolicyDocument, "尚未发布的办法", new(FakeSite.Policy(number: "示府规〔2025〕2号", signed: "2025-04-02", published: "2025-04-05")), published: false);
        var report = site.Add(ContentTypes.AnnualReport, "示例市2025年政府信息公开工作年度报告", new()
        {
            ["year"] = "2025", ["licensingCount"] = "10", ["penaltyCount"] = "3", ["enforcementCount"] = "0", ["feeAmount"] = "1.5",
            ["overview"] = "<p>本年制发行政规范性文件{{part2.normative.issued}}件。</p>",
        }, published: false);
        var saves = new List<int?>();
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => site.Contents.FirstOrDefault(c => c.Key == k));
        cs.Setup(s => s.Save(It.IsAny<IContent>(), It.IsAny<int?>(), It.IsAny<ContentScheduleCollection?>())).Callback((IContent _, int? u, ContentScheduleCollection? _) => saves.Add(u));
        var api = new AnnualReportApiController(new FakeContentSource(site), cs.Object, FakeUsers.Permissions(), FakeUsers.Current(FakeUsers.User(42, "编辑甲")),
            new GovOpen.Umbraco.Requests.RequestRegisterStatus(), Mock.Of<IServiceProvider>());

        var json = Assert.IsType<JsonObject>(Assert.IsType<OkObjectResult>(await api.Generate(report.Key)).Value);
        Assert.Equal([42], saves);
        var kept = AnnualReportContent.Tables(UmbracoContentAdapter.Values(report, ContentVersion.Edited))!;
        Assert.Equal([1m, 0m, 1m], kept.Part2[0].Rows[1].Cells); // only the published policy counts
        Assert.Equal([10m], kept.Part2[1].Rows[0].Cells);
        Assert.Contains(json["checks"]!.AsArray(), c => (string?)c!["code"] == "unavailable"); // no register here: said so
        // Without a register parts 三 and 四 are unfilled: publishing is refused until that is explained.
        var blocked = GovOpen.Core.Checks.PublicationCheck.Run(UmbracoContentAdapter.Values(report, ContentVersion.Edited));
        Assert.Contains(blocked, i => i.Field == "reportTables" && i.Code == "unfilled" && i.Severity == GovOpen.Core.Severity.Error);
        report.SetValue("checkExplanation", "本机关未设依申请公开登记，相关数据另行报送（示例）");
        Assert.False(GovOpen.Core.Checks.PublicationCheck.Blocks(GovOpen.Core.Checks.PublicationCheck.Run(UmbracoContentAdapter.Values(report, ContentVersion.Edited))));

        Assert.IsType<NotFoundObjectResult>(await api.Generate(site.Contents[0].Key)); // not a report
    }

    [Fact]
    public async Task The_health_check_lists_empty_and_stale_catalogue_columns()
    {
        var site = new FakeSite();
        var catalogue = site.Add(ContentTypes.Page, "法定主动公开内容", [], published: true);
        var stats = site.AddUnder(catalogue, ContentTypes.Page, "统计信息", new() { ["catalogueCategory"] = "statistics" }, published: true);
        var old = site.AddUnder(stats, ContentTypes.Page, "2024年统计公报", new() { ["body"] = "<p>x</p>" }, published: true);
        ((Content)old).UpdateDate = new DateTime(2024, 3, 1);
        var procurement = site.AddUnder(catalogue, ContentTypes.Page, "政府采购", new() { ["catalogueCategory"] = "procurement" }, published: true);
        var fresh = site.AddUnder(catalogue, ContentTypes.Page, "财政预决算", new() { ["catalogueCategory"] = "budgets" }, published: true);
        var budget = site.AddUnder(fresh, ContentTypes.Page, "2026年预算", new() { ["body"] = "<p>x</p>" }, published: true);
        ((Content)budget).UpdateDate = new DateTime(2026, 11, 1);
        // 机关职能 lives on the 公开指南: a linked page whose own text is the content, as the site counts it.
        var guide = site.Add(ContentTypes.Guide, "政府信息公开指南", new() { ["body"] = "<p>机构职能、办公地址……</p>" }, published: true);
        ((Content)guide).UpdateDate = new DateTime(2026, 6, 1);
        site.AddUnder(catalogue, ContentTypes.Page, "机关职能", new() { ["catalogueCategory"] = "functions", ["linkedColumn"] = "/xxgk/gkzn/" }, published: true);
        var urls = new Mock<global::Umbraco.Cms.Core.Services.IDocumentUrlService>();
        urls.Setup(u => u.GetDocumentKeyByRoute("/xxgk/gkzn/", null, null, false)).Returns(guide.Key);
        var status = (await new GovOpen.Umbraco.HealthChecks.CatalogueFreshnessHealthCheck(new FakeContentSource(site), new FixedClock(new DateOnly(2026, 12, 1)), urls.Object).GetStatusAsync()).Single();
        Assert.Equal(global::Umbraco.Cms.Core.HealthChecks.StatusResultType.Warning, status.ResultType);
        Assert.Contains("“国民经济和社会发展统计信息”（统计信息）自2024-03-01起超过180天未更新", status.Message);
        Assert.Contains("“政府集中采购项目的目录、标准及实施情况”（政府采购）没有内容", status.Message);
        Assert.DoesNotContain("财政预算", status.Message);
        Assert.DoesNotContain("机关职能", status.Message);
        Assert.StartsWith("2个栏目需要处理", status.Message);
    }
}
