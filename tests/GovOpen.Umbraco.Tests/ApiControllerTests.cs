using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Import;
using GovOpen.Umbraco.Api;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

public sealed class ApiControllerTests
{
    private static DashboardApiController Controller(FakeSite site, params Guid[] denied) =>
        new(new FakeContentSource(site), GovOpen.Core.Calendar.WorkCalendar.Embedded, new GovOpen.Umbraco.Composing.GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), new FixedClock(new DateOnly(2026, 11, 23)), new GovOpen.Umbraco.Requests.RequestRegisterStatus(),
            FakeUsers.Current(FakeUsers.User(5, "编辑")), FakeUsers.Permissions(denied));

    private static ImportApiController Extraction() =>
        new(new ContentPackageImporter(Mock.Of<IContentService>(), Mock.Of<IContentTypeService>()), new FixedClock(new DateOnly(2026, 11, 23)),
            FakeUsers.Current(FakeUsers.User(5, "编辑")), FakeUsers.Permissions(), Mock.Of<IContentService>(), Mock.Of<IContentTypeService>());

    [Fact]
    public async Task Dashboard_lists_overdue_pending_expiring_and_this_quarter()
    {
        var site = new FakeSite();
        site.Add(ContentTypes.PolicyDocument, "逾期的办法", FakeSite.Policy(published: "2026-11-02"));
        site.Add(ContentTypes.PolicyDocument, "待解读的办法", FakeSite.Policy("示府发〔2026〕5号", published: "2026-11-20"));
        site.Add(ContentTypes.PolicyDocument, "到期的办法", FakeSite.Policy("示府发〔2022〕5号", published: "2022-01-05").With("validity", """{"effectiveDate":"2022-02-01","validUntil":"2027-01-31","history":[]}""").With("requiresInterpretation", false).With("noInterpretationReason", "已有解读"));
        site.Add(ContentTypes.PolicyDocument, "草稿", FakeSite.Policy("示府发〔2026〕6号", published: "2026-11-21"), published: false);
        var catalogue = site.Add(ContentTypes.Page, "法定主动公开内容", []);
        site.AddUnder(catalogue, ContentTypes.Page, "重大建设项目", new() { ["catalogueCategory"] = "projects" });
        site.Add(ContentTypes.Consultation, "久未反馈的征集", new() { ["consultationKind"] = "other", ["opens"] = "2026-09-01", ["closes"] = "2026-10-01" }, published: true);
        site.Add(ContentTypes.Consultation, "刚结束的征集", new() { ["consultationKind"] = "other", ["opens"] = "2026-10-20", ["closes"] = "2026-11-10" }, published: true);
        var result = (Microsoft.AspNetCore.Mvc.OkObjectResult)await Controller(site).Dashboard();
        var json = System.Text.Json.JsonSerializer.Serialize(result.Value);
        var doc = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(["逾期的办法"], doc.GetProperty("overdue").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(["待解读的办法"], doc.GetProperty("pending").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(["到期的办法"], doc.GetProperty("expiring").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(2, doc.GetProperty("quarter").GetArrayLength()); // two published this quarter; the draft is not listed
        Assert.DoesNotContain("草稿", json);
        var column = Assert.Single(doc.GetProperty("columns").EnumerateArray());
        Assert.Equal(("empty", "重大建设项目"), (column.GetProperty("state").GetString(), column.GetProperty("page").GetString()));
        // 意见征集 closed more than 30 days ago without its 意见采纳情况 (Core's FeedbackOverdue); the one just closed is not yet due.
        var feedback = Assert.Single(doc.GetProperty("feedback").EnumerateArray());
        Assert.Equal(("久未反馈的征集", "2026-10-01", false), (feedback.GetProperty("name").GetString(), feedback.GetProperty("closes").GetString(), feedback.GetProperty("finalPublished").GetBoolean()));
        Assert.Contains("超过30天未公布意见采纳情况", feedback.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Interpretation_status_of_linked_policies()
    {
        var site = new FakeSite();
        var overdue = site.Add(ContentTypes.PolicyDocument, "逾期的办法", FakeSite.Policy(published: "2026-11-02"));
        var pending = site.Add(ContentTypes.PolicyDocument, "待解读的办法", FakeSite.Policy("示府发〔2026〕5号", published: "2026-11-20"));
        var draft = site.Add(ContentTypes.PolicyDocument, "草稿", FakeSite.Policy("示府发〔2026〕6号", published: "2026-11-21"), published: false);
        var ok = (Microsoft.AspNetCore.Mvc.OkObjectResult)await Controller(site).InterpretationStatus([overdue.Key.ToString(), pending.Key.ToString(), draft.Key.ToString(), "nonsense"]);
        var rows = System.Text.Json.JsonSerializer.SerializeToElement(ok.Value).EnumerateArray().ToList();
        Assert.Equal(["Overdue", "Pending", "Unknown", "Unknown"], rows.Select(r => r.GetProperty("kind").GetString()));
        Assert.StartsWith("逾期", rows[0].GetProperty("status").GetString());
        // Published Friday 2026-11-20: three working days later is Wednesday 2026-11-25.
        Assert.Equal("2026-11-25", rows[1].GetProperty("deadline").GetString());
        Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(await Controller(site).InterpretationStatus(Enumerable.Range(0, 101).Select(i => i.ToString()).ToArray()));
    }

    [Fact]
    public async Task Trashed_documents_count_nowhere_and_documents_the_user_may_not_browse_are_not_named()
    {
        var site = new FakeSite();
        var column = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var overdue = site.AddUnder(column, ContentTypes.PolicyDocument, "逾期的办法", FakeSite.Policy(published: "2026-11-02"));
        var hidden = site.AddUnder(column, ContentTypes.PolicyDocument, "他人栏目中待解读的办法", FakeSite.Policy("示府发〔2026〕5号", published: "2026-11-20"));
        var trashed = site.AddUnder(column, ContentTypes.PolicyDocument, "回收站中逾期的办法", FakeSite.Policy("示府发〔2026〕7号", published: "2026-11-02"));
        site.Trash(trashed);
        // An interpretation in the recycle bin stays Published in Umbraco: it must not make its policy 已解读.
        var interpretation = site.AddUnder(column, ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"{overdue.Key}\"]", ["publishedDate"] = "2026-11-03" });
        site.Trash(interpretation);

        var doc = System.Text.Json.JsonSerializer.SerializeToElement(((Microsoft.AspNetCore.Mvc.OkObjectResult)await Controller(site, hidden.Key).Dashboard()).Value);
        Assert.Equal(["逾期的办法"], doc.GetProperty("overdue").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Empty(doc.GetProperty("pending").EnumerateArray());
        Assert.DoesNotContain("他人栏目", doc.ToString());
        Assert.DoesNotContain("回收站", doc.ToString());

        var rows = System.Text.Json.JsonSerializer.SerializeToElement(((Microsoft.AspNetCore.Mvc.OkObjectResult)await Controller(site, hidden.Key)
            .InterpretationStatus([overdue.Key.ToString(), hidden.Key.ToString(), trashed.Key.ToString()])).Value).EnumerateArray().ToList();
        Assert.Equal(["Overdue", "Unknown", "Unknown"], rows.Select(r => r.GetProperty("kind").GetString()));

        var health = (await new GovOpen.Umbraco.HealthChecks.InterpretationDeadlineHealthCheck(new FakeContentSource(site), GovOpen.Core.Calendar.WorkCalendar.Embedded,
            new GovOpen.Umbraco.Composing.GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), new FixedClock(new DateOnly(2026, 11, 23))).GetStatusAsync()).Single();
        Assert.Contains("逾期的办法", health.Message);
        Assert.DoesNotContain("回收站", health.Message);

        var nobody = new DashboardApiController(new FakeContentSource(site), GovOpen.Core.Calendar.WorkCalendar.Embedded, new GovOpen.Umbraco.Composing.GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })),
            new FixedClock(new DateOnly(2026, 11, 23)), new GovOpen.Umbraco.Requests.RequestRegisterStatus(), FakeUsers.Current(null), FakeUsers.Permissions());
        Assert.Equal(403, Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(await nobody.Dashboard()).StatusCode);
    }

    [Fact]
    public async Task Extract_returns_fields_and_clear_errors()
    {
        var controller = Extraction();
        static Microsoft.AspNetCore.Http.IFormFile File(string name, byte[] bytes) => new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", name);
        var ok = (Microsoft.AspNetCore.Mvc.OkObjectResult)await controller.Extract(File("n.txt", System.Text.Encoding.UTF8.GetBytes("示例市人民政府文件\n示府发〔2026〕8号\n示例市人民政府关于加强公共数据管理的通知\n各区人民政府：\n正文。\n示例市人民政府\n2026年5月6日\n")));
        var json = ((System.Text.Json.Nodes.JsonObject)ok.Value!).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("示府发〔2026〕8号", json);
        // A page saved from the old site (GB2312, as many were) reads the same.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var page = System.Text.Encoding.GetEncoding("GB18030").GetBytes("<html><head><meta charset=\"gb2312\"><title>页</title></head><body><p>示例市人民政府文件</p><p>示府发〔2026〕8号</p>"
            + "<h1>示例市人民政府关于加强公共数据管理的通知</h1><p>各区人民政府：</p><p>正文。</p><p>示例市人民政府</p><p>2026年5月6日</p><div>版权所有：示例市人民政府 网站标识码9999000001</div></body></html>");
        var fromPage = ((System.Text.Json.Nodes.JsonObject)((Microsoft.AspNetCore.Mvc.OkObjectResult)await controller.Extract(File("通知.html", page))).Value!);
        Assert.Equal("示府发〔2026〕8号", (string?)fromPage["documentNumber"]);
        Assert.Equal("示例市人民政府关于加强公共数据管理的通知", (string?)fromPage["title"]);
        var bad = (Microsoft.AspNetCore.Mvc.BadRequestObjectResult)await controller.Extract(File("fake.docx", "nope"u8.ToArray()));
        Assert.Contains("不是ZIP格式", System.Text.Json.JsonSerializer.Serialize(bad.Value, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(await controller.Extract(null));
    }
}
