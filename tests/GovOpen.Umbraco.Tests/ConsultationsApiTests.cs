using GovOpen.Core.Calendar;
using GovOpen.Core.Consultations;
using GovOpen.Core.Content;
using GovOpen.Requests;
using GovOpen.Umbraco.Api;
using GovOpen.Umbraco.ContentModel;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

/// <summary>The 意见征集 comments in the back office, on a real SQLite register.</summary>
public sealed class ConsultationsApiTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"govopen-comments-{Guid.NewGuid():N}.db");
    private readonly FixedClock _clock = new(new DateOnly(2026, 11, 10));
    private RequestDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = new RequestDbContext(RequestDbContext.Options("sqlite", $"Data Source={_file};Pooling=False"));
        await new RequestStore(_db, WorkCalendar.Embedded, _clock).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        System.IO.File.Delete(_file);
    }

    [Fact]
    public async Task Editors_see_contacts_moderate_by_the_rules_tag_export_and_get_the_figures()
    {
        var site = new FakeSite();
        var item = site.Add(ContentTypes.Consultation, "《示例市停车管理办法（征求意见稿）》公开征求意见",
            new() { ["consultationKind"] = "rule", ["opens"] = "2026-11-02", ["closes"] = "2026-12-02" }, published: true);
        var other = site.Add(ContentTypes.Consultation, "另一个征集", new() { ["consultationKind"] = "other", ["opens"] = "2026-11-02", ["closes"] = "2026-11-20" }, published: true);
        var store = new CommentStore(_db, _clock);
        var consultation = ConsultationContent.Read(UmbracoContentAdapter.Values(item, ContentVersion.Published), []);
        var first = await store.SubmitAsync(new CommentSubmission(consultation.Id, "建议延长夜间免费时段。", "第五条", "王某", "13800000000", PublishConsent: false, ClientToken: "a"), consultation);
        var second = await store.SubmitAsync(new CommentSubmission(consultation.Id, "建议增加充电车位。", PublishConsent: true, ClientToken: "b"), consultation);
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => site.Contents.FirstOrDefault(c => c.Key == k));
        var api = new ConsultationsApiController(store, cs.Object, FakeUsers.Permissions(), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), _clock,
            new FakeContentSource(site), new GovOpen.Umbraco.Import.ContentPackageImporter(cs.Object, Mock.Of<IContentTypeService>()), WorkCalendar.Embedded);

        var list = Assert.IsType<OkObjectResult>(await api.Comments(item.Key));
        var json = System.Text.Json.JsonSerializer.Serialize(list.Value);
        Assert.Contains("13800000000", json); // staff see the contact
        Assert.Contains("\"state\":\"Open\"", json);

        Assert.IsType<BadRequestObjectResult>(await api.Moderate(item.Key, first.Number, new ModerationInput("published", null))); // no consent
        Assert.IsType<BadRequestObjectResult>(await api.Moderate(item.Key, first.Number, new ModerationInput("hidden", ""))); // no reason
        Assert.IsType<OkObjectResult>(await api.Moderate(item.Key, first.Number, new ModerationInput("不公开", "提交人未同意公开")));
        Assert.IsType<OkObjectResult>(await api.Moderate(item.Key, second.Number, new ModerationInput("published", null)));
        Assert.IsType<NotFoundObjectResult>(await api.Moderate(other.Key, second.Number, new ModerationInput("published", null))); // not that consultation's
        Assert.IsType<BadRequestObjectResult>(await api.Moderate(item.Key, second.Number, new ModerationInput("删掉", null)));

        Assert.IsType<OkObjectResult>(await api.Adoption(item.Key, first.Number, new AdoptionInput("采纳", "免费时段", "已修改第五条")));
        var pending = System.Text.Json.JsonSerializer.Serialize(Assert.IsType<OkObjectResult>(await api.Summary(item.Key)).Value);
        Assert.Contains("undecided", pending);
        var tooLong = Assert.IsType<BadRequestObjectResult>(await api.Adoption(item.Key, second.Number, new AdoptionInput("notAdopted", new string('车', 101), null)));
        Assert.Contains("\"field\":\"topic\"", System.Text.Json.JsonSerializer.Serialize(tooLong.Value));
        Assert.IsType<OkObjectResult>(await api.Adoption(item.Key, second.Number, new AdoptionInput("notAdopted", "车位", null)));
        var summary = System.Text.Json.JsonSerializer.Serialize(Assert.IsType<OkObjectResult>(await api.Summary(item.Key)).Value);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize("征求意见期间共收到有效意见2条，其中采纳1条，部分采纳0条，未采纳1条。"), summary);
        var draft = System.Text.Json.JsonDocument.Parse(summary).RootElement.GetProperty("draft").GetString()!;
        Assert.StartsWith("<p>征求意见期间共收到有效意见2条，其中采纳1条，部分采纳0条，未采纳1条。</p>", draft);
        Assert.Contains("<strong>免费时段</strong>（1条）：采纳1条。", draft);
        Assert.Contains("<li>第五条：采纳。已修改第五条</li>", draft);
        Assert.DoesNotContain("13800000000", draft); // no contact, name or the commenter's own words
        Assert.DoesNotContain("王某", draft);
        Assert.DoesNotContain("建议延长夜间免费时段", draft);

        var file = Assert.IsType<FileContentResult>(await api.Export(item.Key));
        Assert.Equal("PK"u8.ToArray(), file.FileContents[..2]);
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file.FileContents), false);
        var text = xlsx.WorkbookPart!.WorksheetParts.First().Worksheet.InnerText;
        Assert.Contains("建议延长夜间免费时段。", text);
        Assert.Contains("13800000000", text); // for the drafting team
        Assert.Contains("采纳", text);
    }

    [Fact]
    public async Task Overdue_feedback_is_a_health_check_warning()
    {
        var site = new FakeSite();
        var final = site.Add(ContentTypes.PolicyDocument, "示例市停车管理办法", FakeSite.Policy(number: "示府规〔2026〕3号"), published: true);
        site.Add(ContentTypes.Consultation, "已出正式文件的征集", new() { ["consultationKind"] = "rule", ["opens"] = "2026-09-01", ["closes"] = "2026-10-08", ["finalDocument"] = "/xxgk/zcwj/tcgl/" }, published: true);
        site.Add(ContentTypes.Consultation, "久未反馈的征集", new() { ["consultationKind"] = "other", ["opens"] = "2026-09-01", ["closes"] = "2026-10-01" }, published: true);
        site.Add(ContentTypes.Consultation, "刚结束的征集", new() { ["consultationKind"] = "other", ["opens"] = "2026-10-20", ["closes"] = "2026-11-01" }, published: true);
        site.Add(ContentTypes.Consultation, "已反馈的征集", new()
        {
            ["consultationKind"] = "other", ["opens"] = "2026-08-01", ["closes"] = "2026-08-20", ["feedbackDate"] = "2026-08-30", ["feedback"] = "<p>共收到意见3条。</p>",
        }, published: true);
        var urls = new Mock<global::Umbraco.Cms.Core.Services.IDocumentUrlService>();
        urls.Setup(u => u.GetDocumentKeyByRoute("/xxgk/zcwj/tcgl/", null, null, false)).Returns(final.Key);
        var check = new GovOpen.Umbraco.HealthChecks.ConsultationFeedbackHealthCheck(new FakeContentSource(site), _clock, urls.Object);
        var status = (await check.GetStatusAsync()).Single();
        Assert.Equal(global::Umbraco.Cms.Core.HealthChecks.StatusResultType.Warning, status.ResultType);
        Assert.StartsWith("2项意见征集逾期", status.Message);
        Assert.Contains("《已出正式文件的征集》的正式文件已发布，但尚未公布意见采纳情况", status.Message);
        Assert.Contains("《久未反馈的征集》于2026-10-01截止", status.Message);
        Assert.DoesNotContain("刚结束", status.Message);
        Assert.DoesNotContain("已反馈", status.Message);
    }

    [Fact]
    public async Task A_consultation_is_opened_from_a_draft_under_the_column_once_with_the_period_its_kind_allows()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.ConsultationColumn, "意见征集", []);
        var draft = site.Add(ContentTypes.PolicyDocument, "示例市公共停车场管理办法", FakeSite.Policy(body: "<p>第一条 为了规范停车管理……</p>", category: "normative"), published: false);
        var notPolicy = site.Add(ContentTypes.Page, "一个页面", []);
        var created = 0;
        var (cs, types) = site.ImportServices(() => created++);
        var store = new CommentStore(_db, _clock);
        ConsultationsApiController Api(params Guid[] denied) => new(store, cs.Object, FakeUsers.Permissions(denied), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), _clock,
            new FakeContentSource(site), new GovOpen.Umbraco.Import.ContentPackageImporter(cs.Object, types.Object), WorkCalendar.Embedded);

        Assert.Equal(403, Assert.IsType<ObjectResult>(await Api(column.Key).OpenFrom(draft.Key)).StatusCode); // may not create under the column
        Assert.Equal(0, created);
        Assert.IsType<NotFoundObjectResult>(await Api().OpenFrom(notPolicy.Key));
        var ok = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<OkObjectResult>(await Api().OpenFrom(draft.Key)).Value);
        Assert.Equal(1, created);
        var node = site.Contents.Single(c => c.Key == ok.GetProperty("key").GetGuid());
        Assert.Equal(ContentTypes.Consultation, node.ContentType.Alias);
        Assert.Equal("《示例市公共停车场管理办法（征求意见稿）》公开征求意见", node.Name);
        Assert.False(node.Published);
        Assert.Equal(("normative", "2026-11-10"), (ok.GetProperty("kind").GetString(), ok.GetProperty("opens").GetString()));
        Assert.Equal(ConsultationRules.EarliestClose(ConsultationKind.NormativeDocument, new DateOnly(2026, 11, 10), WorkCalendar.Embedded).ToString("yyyy-MM-dd"), ok.GetProperty("closes").GetString());
        Assert.Contains("第一条 为了规范停车管理", node.GetValue<string>("body"));
        // A second request finds the first consultation instead of making another.
        var again = Assert.IsType<ObjectResult>(await Api().OpenFrom(draft.Key));
        Assert.Equal(409, again.StatusCode);
        Assert.Equal(node.Key, ((ProblemDetails)again.Value!).Extensions["key"]);
        Assert.Equal(1, created);
    }
}
