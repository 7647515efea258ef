using GovOpen.Packaging;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.DeliveryApi;
using GovOpen.Umbraco.HealthChecks;
using GovOpen.Umbraco.Import;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Tests;

public class DeliveryApiTests
{
    [Fact]
    public void Index_handler_declares_and_fills_gov_fields()
    {
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "示例市关于某事项的通知", FakeSite.Policy("示府发[2026]03号"));
        var handler = new GovContentIndexHandler(new FixedClock(new DateOnly(2026, 11, 23)));
        Assert.Contains(handler.GetFields(), f => f.FieldName == GovIndexFields.SignedDate && f.FieldType == FieldType.Date);
        var values = handler.GetFieldValues(policy, null).ToDictionary(v => v.FieldName, v => v.Values.ToList());
        Assert.Equal(["示府发〔2026〕3号", "示府发〔2026〕"], values[GovIndexFields.DocumentNumber].Cast<string>());
        Assert.Equal(["现行有效"], values[GovIndexFields.Validity].Cast<string>());
        Assert.Equal(["示例市人民政府"], values[GovIndexFields.Issuer].Cast<string>());
        Assert.Equal([2026], values[GovIndexFields.Year].Cast<int>());
        Assert.Contains("综合政务", values[GovIndexFields.Topic].Cast<string>());
        Assert.Equal(new DateTime(2026, 3, 2), values[GovIndexFields.SignedDate].Single());

        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"umb://document/{policy.Key:N}\"]", ["form"] = "qa", ["publishedDate"] = "2026-03-06" });
        var iv = handler.GetFieldValues(interp, null).ToDictionary(v => v.FieldName, v => v.Values.ToList());
        Assert.Equal([policy.Key.ToString("N")], iv[GovIndexFields.InterpretationOf].Cast<string>());
    }

    [Theory]
    [InlineData("govValidity:现行有效", GovIndexFields.Validity, "现行有效", FilterOperation.Is)]
    [InlineData("govValidity:inForce", GovIndexFields.Validity, "现行有效", FilterOperation.Is)]
    [InlineData("govValidity:!已废止", GovIndexFields.Validity, "已废止", FilterOperation.IsNot)]
    [InlineData("govDocumentNumber:京政办发[2017]012号", GovIndexFields.DocumentNumber, "京政办发〔2017〕12号", FilterOperation.Is)]
    [InlineData("govDocumentNumber:京政办发[2017]", GovIndexFields.DocumentNumber, "京政办发〔2017〕", FilterOperation.Is)]
    [InlineData("govIssuer:示例市人民政府", GovIndexFields.Issuer, "示例市人民政府", FilterOperation.Is)]
    [InlineData("govYear:2024", GovIndexFields.Year, "2024", FilterOperation.Is)]
    [InlineData("govTopic:综合政务/政务公开", GovIndexFields.Topic, @"综合政务\政务公开", FilterOperation.Is)]
    [InlineData("govInterpretationOf:0f8fad5b-d9cb-469f-a165-70867728950e", GovIndexFields.InterpretationOf, "0f8fad5bd9cb469fa16570867728950e", FilterOperation.Is)]
    public void Filters_translate_and_normalize(string filter, string field, string value, FilterOperation op)
    {
        var h = new GovFilterHandler();
        Assert.True(h.CanHandle(filter));
        var o = h.BuildFilterOption(filter);
        Assert.Equal(field, o.FieldName);
        Assert.Equal([value], o.Values);
        Assert.Equal(op, o.Operator);
    }

    [Fact]
    public void Several_values_are_or_and_unknown_filters_are_left_to_others()
    {
        var h = new GovFilterHandler();
        Assert.Equal(["2023", "2024"], h.BuildFilterOption("govYear:2023,2024").Values);
        Assert.False(h.CanHandle("contentType:govPolicyDocument"));
    }

    [Theory]
    [InlineData("govSignedDate:asc", GovIndexFields.SignedDate, Direction.Ascending)]
    [InlineData("govSignedDate:desc", GovIndexFields.SignedDate, Direction.Descending)]
    [InlineData("govPublishedDate:DESC", GovIndexFields.PublishedDate, Direction.Descending)]
    public void Sorts_translate(string sort, string field, Direction direction)
    {
        var h = new GovSortHandler();
        Assert.True(h.CanHandle(sort));
        var o = h.BuildSortOption(sort);
        Assert.Equal((field, direction), (o.FieldName, o.Direction));
        Assert.False(h.CanHandle("name:asc"));
    }
}

public sealed class SearchWiringTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("govopen-umb-search").FullName;
    private readonly FakeSite _site = new();

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    private sealed class Source(FakeSite site) : IGovContentSource
    {
        public IEnumerable<IContent> All() => site.Contents;
    }

    private GovOpenSearch Search()
    {
        var env = new Mock<IHostEnvironment>();
        env.Setup(e => e.ContentRootPath).Returns(_root);
        return new GovOpenSearch(new Source(_site), Options.Create(new GovOpenOptions { AgencyName = "x", SearchIndexPath = "idx" }), env.Object, new FixedClock(new DateOnly(2026, 11, 23)), NullLogger<GovOpenSearch>.Instance);
    }

    [Fact]
    public void Publish_unpublish_delete_and_cache_refresh_keep_both_indexes_current()
    {
        using var search = Search();
        var updater = new SearchIndexUpdater(search, _site.ContentService());
        var policy = _site.Add(ContentTypes.PolicyDocument, "示例市公共数据管理办法", FakeSite.Policy());
        updater.Handle(new ContentPublishedNotification(policy, new EventMessages()));
        var id = policy.Key.ToString("N");
        Assert.Contains(id, search.Public.Ids());
        Assert.Equal("示例市公共数据管理办法", search.Public.Search(new GovOpen.Search.SearchQuery { Text = "示府发[2026]3号" }).Hits[0].Title);

        policy.Published = false;
        updater.Handle(new ContentUnpublishedNotification(policy, new EventMessages()));
        Assert.DoesNotContain(id, search.Public.Ids());
        Assert.Contains(id, search.Editorial.Ids()); // editors still find the draft

        // Another server published it: the cache refresher payload brings it back here.
        policy.Published = true;
        updater.Handle(new ContentCacheRefresherNotification(new[] { new ContentCacheRefresher.JsonPayload { Id = policy.Id, Key = policy.Key, ChangeTypes = TreeChangeTypes.RefreshNode } }, MessageType.RefreshByPayload));
        Assert.Contains(id, search.Public.Ids());

        updater.Handle(new ContentCacheRefresherNotification(new[] { new ContentCacheRefresher.JsonPayload { Id = policy.Id, Key = policy.Key, ChangeTypes = TreeChangeTypes.Remove } }, MessageType.RefreshByPayload));
        Assert.DoesNotContain(id, search.Public.Ids());
        Assert.DoesNotContain(id, search.Editorial.Ids());
    }

    [Fact]
    public void Saving_an_unpublished_edit_leaves_the_public_index_on_the_published_text()
    {
        // Regression: ContentSaved refreshed the public index from the edited (draft) values of a published item.
        using var search = Search();
        var updater = new SearchIndexUpdater(search, _site.ContentService());
        var policy = _site.Add(ContentTypes.PolicyDocument, "示例市公共数据管理办法", FakeSite.Policy(body: "<p>已发布的正式条文。</p>"));
        updater.Handle(new ContentPublishedNotification(policy, new EventMessages()));

        policy.SetValue("body", "<p>尚未发布的草稿措辞：内部讨论稿</p>");
        updater.Handle(new ContentSavedNotification(policy, new EventMessages()));

        Assert.Empty(search.Public.Search(new GovOpen.Search.SearchQuery { Text = "内部讨论稿" }).Hits);
        Assert.Single(search.Public.Search(new GovOpen.Search.SearchQuery { Text = "正式条文" }).Hits);
        Assert.Single(search.Editorial.Search(new GovOpen.Search.SearchQuery { Text = "内部讨论稿" }).Hits); // editors find their draft
    }

    [Fact]
    public void A_withheld_document_is_only_in_the_editorial_index()
    {
        using var search = Search();
        var withheld = _site.Add(ContentTypes.PolicyDocument, "内部文件", FakeSite.Policy(disclosure: """{"attribute":"notDisclosed","ground":"art16-internal","reason":"内部"}"""));
        new SearchIndexUpdater(search, _site.ContentService()).Handle(new ContentPublishedNotification(withheld, new EventMessages()));
        Assert.DoesNotContain(withheld.Key.ToString("N"), search.Public.Ids());
        Assert.Contains(withheld.Key.ToString("N"), search.Editorial.Ids());
    }

    [Fact]
    public async Task Health_check_detects_drift_and_its_action_rebuilds()
    {
        using var search = Search();
        _site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var check = new SearchIndexHealthCheck(new Source(_site), search);
        Assert.Equal(StatusResultType.Success, (await check.GetStatusAsync()).Single().ResultType);
        _site.Add(ContentTypes.PolicyDocument, "政策乙（未进入索引）", FakeSite.Policy("示府发〔2026〕9号"));
        var status = (await check.GetStatusAsync()).Single();
        Assert.Equal(StatusResultType.Error, status.ResultType);
        Assert.Contains("缺少1条", status.Message);
        var result = check.ExecuteAction(status.Actions.Single());
        Assert.Contains("公开2条", result.Message);
        Assert.Equal(StatusResultType.Success, (await check.GetStatusAsync()).Single().ResultType);
    }

    [Fact]
    public async Task Deadline_and_expiry_health_checks()
    {
        var published = _site.Add(ContentTypes.PolicyDocument, "逾期未解读的办法", FakeSite.Policy(published: "2026-11-02"));
        var expiring = _site.Add(ContentTypes.PolicyDocument, "即将到期的办法", FakeSite.Policy("示府发〔2026〕7号").With("validity", """{"effectiveDate":"2022-01-01","validUntil":"2027-01-31","history":[]}"""));
        var clock = new FixedClock(new DateOnly(2026, 11, 23));
        var deadline = (await new InterpretationDeadlineHealthCheck(new Source(_site), GovOpen.Core.Calendar.WorkCalendar.Embedded, Options.Create(new GovOpenOptions { AgencyName = "x" }), clock).GetStatusAsync()).Single();
        Assert.Equal(StatusResultType.Warning, deadline.ResultType);
        Assert.Contains("逾期未解读的办法", deadline.Message);
        var expiry = (await new NormativeExpiryHealthCheck(new Source(_site), clock).GetStatusAsync()).Single();
        Assert.Contains("即将到期的办法", expiry.Message);
        Assert.Contains("2027-01-31", expiry.Message);
        Assert.DoesNotContain("逾期未解读的办法", expiry.Message);
    }
}

public sealed class PackageImportTests
{
    /// <summary>Content and content-type services over a FakeSite: Create adds a real Content node.</summary>
    internal static (Mock<IContentService> Content, Mock<IContentTypeService> Types) Services(FakeSite site, Action onCreate)
    {
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => site.Contents.FirstOrDefault(c => c.Key == k));
        cs.Setup(s => s.Create(It.IsAny<string>(), It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<int>())).Returns((string name, Guid _, string alias, int _) =>
        {
            onCreate();
            var c = Umb.Content(site.Type(alias), name, []);
            site.Contents.Add(c);
            return c;
        });
        var types = new Mock<IContentTypeService>();
        types.Setup(t => t.Get(It.IsAny<string>())).Returns((string a) => site.Type(a));
        return (cs, types);
    }

    [Fact]
    public void Imports_drafts_under_a_parent_and_reimports_by_key()
    {
        var site = new FakeSite();
        var parent = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var created = 0;
        var (cs, types) = Services(site, () => created++);
        var dir = System.IO.Directory.CreateTempSubdirectory("govopen-umb-import").FullName;
        try
        {
            var item = new ContentItem
            {
                Id = "imp-0123456789abcdef0123",
                ContentType = ContentTypes.PolicyDocument,
                Name = "示例市关于加强公共数据管理的通知",
                Route = new ContentRoute("/x/"),
                Properties = new System.Text.Json.Nodes.JsonObject
                {
                    ["draft"] = true,
                    ["documentNumber"] = "示府发〔2026〕8号",
                    ["issuers"] = new System.Text.Json.Nodes.JsonArray("示例市人民政府", "示例市数据局"),
                    ["body"] = new System.Text.Json.Nodes.JsonObject { ["markup"] = "<p>正文</p>" },
                    ["disclosure"] = new System.Text.Json.Nodes.JsonObject { ["attribute"] = "proactive" },
                    ["notAPropertyOfTheType"] = "ignored",
                },
            };
            ContentPackage.Write(dir, new PackageManifest { Name = "drafts" }, [item]);
            var importer = new ContentPackageImporter(cs.Object, types.Object);
            var first = importer.Import(ContentPackage.Load(dir), parent.Key);
            Assert.Equal((1, 0), (first.Created, first.Updated));
            var node = site.Contents.Single(c => c.Key == ContentPackageImporter.KeyFor(item.Id));
            Assert.Equal("示府发〔2026〕8号", node.GetValue<string>("documentNumber"));
            Assert.Equal("示例市人民政府\n示例市数据局", node.GetValue<string>("issuers"));
            Assert.Equal("<p>正文</p>", node.GetValue<string>("body"));
            Assert.False(node.Published);

            var second = importer.Import(ContentPackage.Load(dir), parent.Key);
            Assert.Equal((0, 1), (second.Created, second.Updated));
            Assert.Equal(1, created);
            Assert.Throws<GovOpen.Core.GovOpenException>(() => importer.Import(ContentPackage.Load(dir), Guid.NewGuid()));
        }
        finally
        {
            System.IO.Directory.Delete(dir, true);
        }
    }
}

public sealed class ApiControllerTests
{
    private sealed class Source(FakeSite site) : IGovContentSource
    {
        public IEnumerable<IContent> All() => site.Contents;
    }

    private static GovOpenApiController Controller(FakeSite site) =>
        new(new Source(site), GovOpen.Core.Calendar.WorkCalendar.Embedded, Options.Create(new GovOpenOptions { AgencyName = "x" }), new FixedClock(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Dashboard_lists_overdue_pending_expiring_and_this_quarter()
    {
        var site = new FakeSite();
        site.Add(ContentTypes.PolicyDocument, "逾期的办法", FakeSite.Policy(published: "2026-11-02"));
        site.Add(ContentTypes.PolicyDocument, "待解读的办法", FakeSite.Policy("示府发〔2026〕5号", published: "2026-11-20"));
        site.Add(ContentTypes.PolicyDocument, "到期的办法", FakeSite.Policy("示府发〔2022〕5号", published: "2022-01-05").With("validity", """{"effectiveDate":"2022-02-01","validUntil":"2027-01-31","history":[]}""").With("requiresInterpretation", false).With("noInterpretationReason", "已有解读"));
        site.Add(ContentTypes.PolicyDocument, "草稿", FakeSite.Policy("示府发〔2026〕6号", published: "2026-11-21"), published: false);
        var result = (Microsoft.AspNetCore.Mvc.OkObjectResult)Controller(site).Dashboard();
        var json = System.Text.Json.JsonSerializer.Serialize(result.Value);
        var doc = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(["逾期的办法"], doc.GetProperty("overdue").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(["待解读的办法"], doc.GetProperty("pending").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(["到期的办法"], doc.GetProperty("expiring").EnumerateArray().Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(2, doc.GetProperty("quarter").GetArrayLength()); // two published this quarter; the draft is not listed
        Assert.DoesNotContain("草稿", json);
    }

    [Fact]
    public void Interpretation_status_of_linked_policies()
    {
        var site = new FakeSite();
        var overdue = site.Add(ContentTypes.PolicyDocument, "逾期的办法", FakeSite.Policy(published: "2026-11-02"));
        var pending = site.Add(ContentTypes.PolicyDocument, "待解读的办法", FakeSite.Policy("示府发〔2026〕5号", published: "2026-11-20"));
        var draft = site.Add(ContentTypes.PolicyDocument, "草稿", FakeSite.Policy("示府发〔2026〕6号", published: "2026-11-21"), published: false);
        var ok = (Microsoft.AspNetCore.Mvc.OkObjectResult)Controller(site).InterpretationStatus([overdue.Key.ToString(), pending.Key.ToString(), draft.Key.ToString(), "nonsense"]);
        var rows = System.Text.Json.JsonSerializer.SerializeToElement(ok.Value).EnumerateArray().ToList();
        Assert.Equal(["Overdue", "Pending", "Unknown", "Unknown"], rows.Select(r => r.GetProperty("kind").GetString()));
        Assert.StartsWith("逾期", rows[0].GetProperty("status").GetString());
        // Published Friday 2026-11-20: three working days later is Wednesday 2026-11-25.
        Assert.Equal("2026-11-25", rows[1].GetProperty("deadline").GetString());
        Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(Controller(site).InterpretationStatus(Enumerable.Range(0, 101).Select(i => i.ToString()).ToArray()));
    }

    [Fact]
    public async Task Extract_returns_fields_and_clear_errors()
    {
        var controller = Controller(new FakeSite());
        static Microsoft.AspNetCore.Http.IFormFile File(string name, byte[] bytes) => new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", name);
        var ok = (Microsoft.AspNetCore.Mvc.OkObjectResult)await controller.Extract(File("n.txt", System.Text.Encoding.UTF8.GetBytes("示例市人民政府文件\n示府发〔2026〕8号\n示例市人民政府关于加强公共数据管理的通知\n各区人民政府：\n正文。\n示例市人民政府\n2026年5月6日\n")));
        var json = ((System.Text.Json.Nodes.JsonObject)ok.Value!).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("示府发〔2026〕8号", json);
        var bad = (Microsoft.AspNetCore.Mvc.BadRequestObjectResult)await controller.Extract(File("fake.docx", "nope"u8.ToArray()));
        Assert.Contains("不是ZIP格式", System.Text.Json.JsonSerializer.Serialize(bad.Value, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(await controller.Extract(null));
    }
}

public sealed class ImportDraftTests
{
    private static Microsoft.AspNetCore.Http.IFormFile File(string name, byte[] bytes) => new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", name);

    private static readonly byte[] Notice = System.Text.Encoding.UTF8.GetBytes("示例市人民政府文件\n示府发〔2026〕8号\n示例市人民政府关于加强公共数据管理的通知\n各区人民政府：\n正文。\n示例市人民政府\n2026年5月6日\n");

    private static string Field(Microsoft.AspNetCore.Mvc.IActionResult r) =>
        System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.BadRequestObjectResult>(r).Value).GetProperty("field").GetString()!;

    [Fact]
    public async Task An_uploaded_notice_becomes_an_unpublished_draft_under_the_column_and_reimport_updates_it()
    {
        var site = new FakeSite();
        var parent = site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var created = 0;
        var (cs, types) = PackageImportTests.Services(site, () => created++);
        var api = new ImportApiController(new ContentPackageImporter(cs.Object, types.Object), new FixedClock(new DateOnly(2026, 11, 23)));

        var ok = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Draft(File("通知.txt", Notice), parent.Key.ToString())).Value);
        Assert.True(ok.GetProperty("created").GetBoolean());
        var node = site.Contents.Single(c => c.Key == Guid.Parse(ok.GetProperty("id").GetString()!));
        Assert.Equal("示例市人民政府关于加强公共数据管理的通知", node.Name);
        Assert.Equal("示府发〔2026〕8号", node.GetValue<string>("documentNumber"));
        Assert.False(node.Published);

        var again = System.Text.Json.JsonSerializer.SerializeToElement(Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(await api.Draft(File("通知.txt", Notice), parent.Key.ToString())).Value);
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(1, created);

        Assert.Equal("parentId", Field(await api.Draft(File("通知.txt", Notice), "../etc")));
        Assert.Equal("parent", Field(await api.Draft(File("通知.txt", Notice), Guid.NewGuid().ToString())));
        Assert.Equal("file", Field(await api.Draft(null, parent.Key.ToString())));
        Assert.Equal("file", Field(await api.Draft(File("fake.docx", "nope"u8.ToArray()), parent.Key.ToString())));
        Assert.Equal(1, created);
    }

    [Fact]
    public void Draft_creation_needs_a_back_office_user()
    {
        Assert.Equal("BackOfficeAccess", (Attribute.GetCustomAttribute(typeof(ImportApiController), typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute)) as Microsoft.AspNetCore.Authorization.AuthorizeAttribute)?.Policy);
    }
}
