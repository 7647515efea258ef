using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Moq;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public sealed class PublishingGuardTests : IDisposable
{
    private static readonly GovOpen.Umbraco.Composing.GovOpenSettings Options = new(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府", SiteHosts = ["www.shili.example.gov.cn"] }));

    private readonly string _root = Directory.CreateTempSubdirectory("govopen-guard-").FullName;
    private readonly FixedClock _clock = new(new DateOnly(2026, 3, 10));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (bool Cancelled, string Messages) Publish(FakeSite site, IContent content, GovOpen.Umbraco.Composing.GovOpenSettings? settings = null, global::Umbraco.Cms.Core.Services.IDocumentUrlService? urls = null)
    {
        using var search = TestSearch.Create(site, Path.Combine(_root, Guid.NewGuid().ToString("N")), _clock);
        search.Rebuild();
        var n = new ContentPublishingNotification(content, new EventMessages());
        new PublishingGuard(site.ContentService(), settings ?? Options, new SearchPolicyDirectory(search, site.ContentService()), search, _clock, urls).Handle(n);
        return (n.Cancel, string.Join("\n", n.Messages.GetAll().Select(m => m.Message)));
    }

    [Fact]
    public void A_complete_policy_publishes()
    {
        var site = new FakeSite();
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "示例市关于某事项的通知", FakeSite.Policy(), published: false));
        Assert.False(cancelled, messages);
    }

    [Fact]
    public void A_circular_without_number_is_cancelled_naming_the_field()
    {
        var site = new FakeSite();
        var values = FakeSite.Policy();
        values.Remove("documentNumber");
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "示例市关于某事项的通知", values, published: false));
        Assert.True(cancelled);
        Assert.Contains("发文字号", messages);
        Assert.Contains("不能发布", messages);
    }

    [Fact]
    public void Dates_out_of_order_are_cancelled()
    {
        var site = new FakeSite();
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(signed: "2026-03-10", published: "2026-03-05"), published: false));
        Assert.True(cancelled);
        Assert.Contains("发布日期", messages);
    }

    [Fact]
    public void Non_public_disclosure_cannot_be_published()
    {
        var site = new FakeSite();
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(disclosure: """{"attribute":"onRequest","ground":"art13","reason":"仅涉及特定申请人"}"""), published: false));
        Assert.True(cancelled);
        Assert.Contains("公开属性", messages);
        Assert.Contains("依申请公开", messages);
    }

    [Fact]
    public void An_interpretation_of_a_withheld_policy_cannot_be_published()
    {
        var site = new FakeSite();
        var withheld = site.Add(ContentTypes.PolicyDocument, "内部文件", FakeSite.Policy(disclosure: """{"attribute":"notDisclosed","ground":"art16-internal","reason":"内部"}"""), published: false);
        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"{withheld.Key}\"]", ["form"] = "text", ["disclosure"] = """{"attribute":"proactive"}""" }, published: false);
        var (cancelled, messages) = Publish(site, interp);
        Assert.True(cancelled);
        Assert.Contains("解读的政策文件", messages);
    }

    [Fact]
    public void Personal_information_in_the_body_blocks_until_a_lawful_reason_is_recorded()
    {
        var site = new FakeSite();
        var values = FakeSite.Policy(body: "<p>申请人王某（身份证号11010519491231002X）的申请已办结。</p>");
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", values, published: false));
        Assert.True(cancelled);
        Assert.Contains("公民身份号码", messages);
        Assert.DoesNotContain("11010519491231002X", messages);

        values[PropertyAliases.PersonalInformationReason] = "经本人书面同意公开（示例）";
        var (again, warnings) = Publish(site, site.Add(ContentTypes.PolicyDocument, "y的通知", values, published: false));
        Assert.False(again, warnings);
        Assert.Contains("已注明依法公开的理由", warnings);
    }

    [Fact]
    public void A_body_link_to_an_unpublished_document_blocks_and_one_to_a_public_document_passes()
    {
        var site = new FakeSite();
        var draft = site.Add(ContentTypes.PolicyDocument, "尚未发布的文件", FakeSite.Policy(number: "示府发〔2026〕9号"), published: false);
        var live = site.Add(ContentTypes.PolicyDocument, "已公开的文件", FakeSite.Policy(number: "示府发〔2026〕8号"), published: true);
        string Link(IContent c) => $$"""<p>详见<a type="document" href="/{localLink:{{c.Key}}}">{{c.Name}}</a>。</p>""";
        var (blocked, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(body: Link(draft)), published: false));
        Assert.True(blocked);
        Assert.Contains("“尚未发布的文件”指向未公开的内容", messages);
        var (ok, okMessages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "y的通知", FakeSite.Policy(number: "示府发〔2026〕7号", body: Link(live)), published: false));
        Assert.False(ok, okMessages);
    }

    [Fact]
    public async Task The_broken_links_health_check_lists_published_documents_whose_links_stopped_working()
    {
        var site = new FakeSite();
        var draft = site.Add(ContentTypes.PolicyDocument, "已撤回的文件", FakeSite.Policy(number: "示府发〔2026〕9号"), published: false);
        var live = site.Add(ContentTypes.PolicyDocument, "已公开的文件", FakeSite.Policy(number: "示府发〔2026〕8号"), published: true);
        string Link(IContent c) => $$"""<p>详见<a type="document" href="/{localLink:{{c.Key}}}">{{c.Name}}</a>。</p>""";
        site.Add(ContentTypes.PolicyDocument, "引用已撤回文件的通知", FakeSite.Policy(number: "示府发〔2026〕6号", body: Link(draft)), published: true);
        site.Add(ContentTypes.PolicyDocument, "引用有效文件的通知", FakeSite.Policy(number: "示府发〔2026〕5号", body: Link(live)), published: true);
        site.Add(ContentTypes.PolicyDocument, "未发布的草稿", FakeSite.Policy(number: "示府发〔2026〕4号", body: Link(draft)), published: false); // not public: not checked
        using var search = TestSearch.Create(site, Path.Combine(_root, Guid.NewGuid().ToString("N")), _clock);
        search.Rebuild();
        var guard = new PublishingGuard(site.ContentService(), Options, new SearchPolicyDirectory(search, site.ContentService()), search, _clock);
        var status = (await new GovOpen.Umbraco.HealthChecks.BrokenLinksHealthCheck(new FakeContentSource(site), guard, Options).GetStatusAsync()).Single();
        Assert.Equal(global::Umbraco.Cms.Core.HealthChecks.StatusResultType.Warning, status.ResultType);
        Assert.StartsWith("1篇已发布文档含失效链接", status.Message);
        Assert.Contains("《引用已撤回文件的通知》", status.Message);
        Assert.Contains("“已撤回的文件”指向未公开的内容", status.Message);
        Assert.DoesNotContain("引用有效文件的通知", status.Message);
        Assert.DoesNotContain("未发布的草稿", status.Message);
    }

    [Fact]
    public void A_route_link_is_resolved_through_umbracos_url_service()
    {
        var site = new FakeSite();
        var withheld = site.Add(ContentTypes.PolicyDocument, "内部文件", FakeSite.Policy(number: "示府发〔2026〕9号", disclosure: """{"attribute":"notDisclosed","ground":"art16-internal","reason":"内部"}"""), published: true);
        var urls = new Mock<global::Umbraco.Cms.Core.Services.IDocumentUrlService>();
        // DocumentUrlService splits the route on "/" and drops empty segments: a trailing slash does not matter.
        urls.Setup(u => u.GetDocumentKeyByRoute(It.Is<string>(r => r.Trim('/') == "xxgk/zcwj/internal"), null, null, It.IsAny<bool>())).Returns(withheld.Key);
        var body = """<p><a href="https://www.shili.example.gov.cn/xxgk/zcwj/internal/">内部文件</a></p>""";
        var (blocked, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(body: body), published: false), urls: urls.Object);
        Assert.True(blocked, messages);
        Assert.Contains("未公开的内容", messages);
    }

    [Fact]
    public void A_second_document_with_the_same_number_is_blocked_naming_the_first()
    {
        var site = new FakeSite();
        site.Add(ContentTypes.PolicyDocument, "示例市人民政府关于先发事项的通知", FakeSite.Policy(number: "示府发〔2026〕3号"), published: true);
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "示例市人民政府关于后发事项的通知", FakeSite.Policy(number: "示府发[2026]3号"), published: false));
        Assert.True(cancelled);
        Assert.Contains("已由《示例市人民政府关于先发事项的通知》使用", messages);
    }

    [Fact]
    public void Index_numbers_are_assigned_on_first_publish_unique_and_never_changed()
    {
        var settings = new GovOpen.Umbraco.Composing.GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府", OrganisationCode = "000014349" }));
        var site = new FakeSite();
        var first = site.Add(ContentTypes.PolicyDocument, "甲的通知", FakeSite.Policy(number: "示府发〔2026〕11号"), published: false);
        var (c1, m1) = Publish(site, first, settings);
        Assert.False(c1, m1);
        Assert.Equal("000014349/2026-00001", first.GetValue<string>(PropertyAliases.IndexNumber));
        Assert.Contains("已自动编制索引号", m1);

        var second = site.Add(ContentTypes.PolicyDocument, "乙的通知", FakeSite.Policy(number: "示府发〔2026〕12号"), published: false);
        Assert.False(Publish(site, second, settings).Cancelled);
        Assert.Equal("000014349/2026-00002", second.GetValue<string>(PropertyAliases.IndexNumber));

        // An editor's valid override is kept; one already used elsewhere is refused.
        var third = site.Add(ContentTypes.PolicyDocument, "丙的通知", FakeSite.Policy(number: "示府发〔2026〕13号"), published: false);
        third.SetValue(PropertyAliases.IndexNumber, "000014349/2026-00001");
        var (c3, m3) = Publish(site, third, settings);
        Assert.True(c3);
        Assert.Contains("已由《甲的通知》使用", m3);

        // Once published, it never changes.
        Umb.Publish(first);
        first.SetValue(PropertyAliases.IndexNumber, "000014349/2026-00099");
        var (c4, m4) = Publish(site, first, settings);
        Assert.True(c4);
        Assert.Contains("索引号发布后不能更改", m4);
    }

    [Fact]
    public void An_outdated_agency_name_warns_without_blocking()
    {
        var site = new FakeSite();
        var (cancelled, messages) = Publish(site, site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(body: "<p>按照国家工商行政管理总局的要求……</p>"), published: false));
        Assert.False(cancelled, messages);
        Assert.Contains("应为“国家市场监督管理总局”", messages);
    }

    [Fact]
    public async Task The_workspace_check_runs_the_same_rules_on_unsaved_edits()
    {
        var site = new FakeSite();
        var doc = site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(), published: false);
        using var search = TestSearch.Create(site, Path.Combine(_root, "api"), _clock);
        search.Rebuild();
        var guard = new PublishingGuard(site.ContentService(), Options, new SearchPolicyDirectory(search, site.ContentService()), search, _clock);
        GovOpen.Umbraco.Api.Checks.PublicationCheckApiController Api(params Guid[] denied) =>
            new(guard, site.ContentService(), FakeUsers.Permissions(denied), FakeUsers.Current(FakeUsers.User(42, "编辑甲")));

        // Saved values are clean.
        var saved = Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await Api().Check(doc.Key, null));
        Assert.DoesNotContain((IEnumerable<GovOpen.Umbraco.Api.Checks.PublicationFindingView>)saved.Value!, f => f.Severity == "error");

        // The editor has typed an ID number into the body (the RTE value as the back office holds it) and not saved.
        var edits = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>
        {
            ["body"] = new System.Text.Json.Nodes.JsonObject { ["markup"] = "<p>身份证号11010519491231002X</p>", ["blocks"] = null },
        };
        var live = Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await Api().Check(doc.Key, new(null, edits)));
        var finding = Assert.Single((IEnumerable<GovOpen.Umbraco.Api.Checks.PublicationFindingView>)live.Value!, f => f.Severity == "error");
        Assert.Equal(("body", "IdNumber", "身份证号".Length), (finding.Field, finding.Code, finding.Position!.Value));
        Assert.Null(doc.GetValue<string>("personalInformationReason")); // nothing was saved

        Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(await Api(doc.Key).Check(doc.Key, null));
        Assert.IsType<Microsoft.AspNetCore.Mvc.NotFoundObjectResult>(await Api().Check(Guid.NewGuid(), null));
    }

    [Fact]
    public async Task External_links_of_a_document_are_checked_on_demand()
    {
        using var listener = new System.Net.HttpListener();
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                System.Net.HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); } catch (Exception) { return; }
                ctx.Response.StatusCode = ctx.Request.Url!.AbsolutePath == "/ok" ? 200 : 404;
                ctx.Response.Close();
            }
        });
        var site = new FakeSite();
        var doc = site.Add(ContentTypes.PolicyDocument, "x的通知", FakeSite.Policy(body: $"""<p><a href="http://127.0.0.1:{port}/ok">好</a><a href="http://127.0.0.1:{port}/gone">坏</a><a href="/xxgk/">站内</a></p>"""), published: false);
        using var search = TestSearch.Create(site, Path.Combine(_root, "ext"), _clock);
        var guard = new PublishingGuard(site.ContentService(), Options, new SearchPolicyDirectory(search, site.ContentService()), search, _clock);
        var api = new GovOpen.Umbraco.Api.Checks.PublicationCheckApiController(guard, site.ContentService(), FakeUsers.Permissions(), FakeUsers.Current(FakeUsers.User(42, "编辑甲")));
        var result = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.ExternalLinks(doc.Key, null, Options)).Value);
        Assert.Equal(2, result.GetProperty("checkedLinks").GetInt32()); // the internal link is not fetched
        var broken = Assert.Single(result.GetProperty("broken").EnumerateArray());
        Assert.Equal(("坏", "HTTP 404"), (broken.GetProperty("text").GetString(), broken.GetProperty("problem").GetString()));
        listener.Stop();
        await serving;
    }
}
