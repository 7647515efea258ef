using System.Reflection;
using System.Text.Json;
using GovOpen.Core.Calendar;
using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Api;
using GovOpen.Umbraco.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public sealed class RequestsApiTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"govopen-plugin-req-{Guid.NewGuid():N}.db");
    private readonly FixedClock _clock = new(new DateOnly(2026, 3, 2));
    private RequestDbContext _db = null!;
    private RequestsApiController _api = null!;
    private string _number = "";

    public async Task InitializeAsync()
    {
        _db = new RequestDbContext(RequestDbContext.Options("sqlite", $"Data Source={_file};Pooling=False"));
        var store = new RequestStore(_db, WorkCalendar.Embedded, _clock);
        await store.MigrateAsync();
        _number = (await store.SubmitAsync(new RequestSubmission
        {
            ClientToken = "t1",
            Name = "张某",
            IdType = GovOpen.Core.Requests.IdDocumentType.ResidentIdCard,
            IdNumber = "11010519491231002X",
            Contact = "010-62345678",
            Description = "示例市2025年城市道路维修资金使用情况",
        })).Number;
        await store.SubmitAsync(new RequestSubmission { ClientToken = "t2", Name = "李某", IdType = GovOpen.Core.Requests.IdDocumentType.ResidentIdCard, IdNumber = "11010519491231002X", Contact = "13900000000", Description = "示例市某公园改造工程的验收材料" });
        _api = new RequestsApiController(store, WorkCalendar.Embedded, new GovOpen.Umbraco.Composing.GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府办公室" })), _clock, ReadyRegister(), FakeUsers.Current(FakeUsers.User(7, "办理人", GovOpen.Umbraco.Security.GovPermissions.RequestClerksGroup)));
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        File.Delete(_file);
    }

    private static JsonElement Json(IActionResult r)
    {
        var value = Assert.IsAssignableFrom<ObjectResult>(r).Value;
        return JsonSerializer.SerializeToElement(value);
    }

    [Fact]
    public void Every_endpoint_requires_a_back_office_user()
    {
        var attr = typeof(RequestsApiController).GetCustomAttribute<AuthorizeAttribute>();
        Assert.Equal("BackOfficeAccess", attr?.Policy);
        Assert.DoesNotContain(typeof(RequestsApiController).GetMethods(), m => m.GetCustomAttribute<AllowAnonymousAttribute>() is not null);
    }

    [Fact]
    public async Task The_list_shows_deadline_and_days_left_and_filters_overdue()
    {
        var list = Json(await _api.List());
        var first = list.GetProperty("items")[0];
        Assert.Equal("Received", first.GetProperty("state").GetString());
        // Received Monday 2026-03-02: the 20th working day after is 2026-03-30.
        Assert.Equal("2026-03-30", first.GetProperty("deadline").GetString());
        Assert.Equal(20, first.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal(0, Json(await _api.List(overdue: true)).GetProperty("items").GetArrayLength());

        _clock.Day = new DateOnly(2026, 4, 1);
        var overdue = Json(await _api.List(overdue: true)).GetProperty("items");
        Assert.Equal(2, overdue.GetArrayLength());
        Assert.True(overdue[0].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Detail_lists_events_and_allowed_actions_each_with_its_article()
    {
        var d = Json(await _api.Detail(_number));
        Assert.Equal("张某", d.GetProperty("applicant").GetProperty("name").GetString());
        var received = d.GetProperty("events")[0];
        Assert.Equal("Received", received.GetProperty("kind").GetString());
        Assert.Contains("第三十一条", received.GetProperty("article").GetString());
        var actions = d.GetProperty("allowedActions").EnumerateArray().ToDictionary(a => a.GetProperty("kind").GetString()!, a => a.GetProperty("article").GetString()!);
        Assert.Contains("第三十条", actions["CorrectionRequested"]);
        Assert.Contains("第三十三条", actions["Extended"]);
        Assert.DoesNotContain("CorrectionReceived", actions.Keys);
        Assert.IsType<NotFoundObjectResult>(await _api.Detail("YSQ-2026-999999"));
    }

    [Fact]
    public async Task Recording_actions_goes_through_the_ledger_rules()
    {
        var ok = Json(await _api.Record(_number, new RequestActionInput("Extended", "2026-03-20", "经机构负责人同意", null, 10, null, null)));
        Assert.Equal("2026-04-14", ok.GetProperty("deadline").GetString());
        Assert.DoesNotContain(ok.GetProperty("allowedActions").EnumerateArray(), a => a.GetProperty("kind").GetString() == "Extended");

        var again = Assert.IsType<BadRequestObjectResult>(await _api.Record(_number, new RequestActionInput("Extended", "2026-03-21", "再延", null, 5, null, null)));
        Assert.Contains("第三十三条", JsonSerializer.SerializeToElement(again.Value).GetProperty("message").GetString());

        var badKind = JsonSerializer.SerializeToElement(Assert.IsType<BadRequestObjectResult>(await _api.Record(_number, new RequestActionInput("Teleport", null, null, null, null, null, null))).Value);
        Assert.Equal("kind", badKind.GetProperty("field").GetString());
        var badDate = JsonSerializer.SerializeToElement(Assert.IsType<BadRequestObjectResult>(await _api.Record(_number, new RequestActionInput("Answered", "2026-02-30", null, "Disclosed", null, null, null))).Value);
        Assert.Equal("date", badDate.GetProperty("field").GetString());

        Assert.IsType<NotFoundObjectResult>(await _api.Record("YSQ-2026-999999", new RequestActionInput("Withdrawn", null, null, null, null, null, null)));

        var answered = Json(await _api.Record(_number, new RequestActionInput("Answered", "2026-03-25", "<b>已邮寄</b>", "Disclosed", null, null, null)));
        Assert.Equal("Answered", answered.GetProperty("state").GetString());
        Assert.Equal("已邮寄", answered.GetProperty("events").EnumerateArray().Last().GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_letter_draft_follows_the_outcome_and_names_the_applicant()
    {
        var letter = Json(await _api.Letter(_number, new LetterInput("PartlyDisclosed", "含有第三方商业秘密", null, null)));
        Assert.EndsWith("（部分公开）", letter.GetProperty("title").GetString());
        var body = letter.GetProperty("body").GetString()!;
        Assert.StartsWith("张某：", body);
        Assert.Contains("示例市人民政府办公室", body);
        Assert.Contains("第三十七条", body);

        var missing = JsonSerializer.SerializeToElement(Assert.IsType<BadRequestObjectResult>(await _api.Letter(_number, new LetterInput("SecretProcess", null, null, null))).Value);
        Assert.Equal("reason", missing.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_clerk_registers_paper_requests_with_the_art_31_receipt_date()
    {
        PaperRequestInput Input(string channel, string? signed = null, string? confirmed = null, string token = "p1") =>
            new(token, channel, "2026-02-26", signed, confirmed, "Commercial", "示例建设有限公司", null, null, "91000000MA0000000N", "0571-87654321", "示例市中心大道2号", "<i>某地块</i>的规划条件", null, null, null);

        var post = Json(await _api.Register(Input("RegisteredPost", signed: "2026-02-27")));
        Assert.Equal("2026-02-27", post.GetProperty("receivedOn").GetString());
        Assert.Matches("^[0-9A-F]{10}$", post.GetProperty("queryCode").GetString());
        var number = post.GetProperty("number").GetString()!;
        var d = Json(await _api.Detail(number));
        Assert.Equal("某地块的规划条件", d.GetProperty("description").GetString());
        Assert.Equal("Commercial", d.GetProperty("applicantType").GetString());

        var again = Json(await _api.Register(Input("RegisteredPost", signed: "2026-02-27")));
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(number, again.GetProperty("number").GetString());

        Assert.Equal("2026-02-26", Json(await _api.Register(Input("InPerson", token: "p2"))).GetProperty("receivedOn").GetString());
        string Field(IActionResult r) => JsonSerializer.SerializeToElement(Assert.IsType<BadRequestObjectResult>(r).Value).GetProperty("field").GetString()!;
        Assert.Equal("signedFor", Field(await _api.Register(Input("RegisteredPost", token: "p3"))));
        Assert.Equal("confirmed", Field(await _api.Register(Input("Fax", token: "p4"))));
        Assert.Equal("channel", Field(await _api.Register(Input("Online", token: "p5"))));
        Assert.Equal("channel", Field(await _api.Register(Input("Pigeon", token: "p6"))));
        Assert.Equal("receivedOn", Field(await _api.Register(Input("Letter", confirmed: "2026-03-09", token: "p7"))));
        Assert.Equal("creditCode", Field(await _api.Register(Input("InPerson", token: "p8") with { CreditCode = null })));
    }

    [Fact]
    public async Task Report_gives_table_3()
    {
        await _api.Record(_number, new RequestActionInput("Answered", "2026-03-10", null, "Disclosed", null, null, null));
        var r = Json(await _api.Report(2026));
        var row = r.GetProperty("rows").EnumerateArray().Single(x => x.GetProperty("key").GetString() == "outcome:Disclosed");
        Assert.Equal(1, row.GetProperty("total").GetInt32());
        Assert.IsType<BadRequestObjectResult>(await _api.Report(1999));
    }

    [Fact]
    public async Task The_composer_registers_the_register_and_migrates_it_at_start()
    {
        var dir = Directory.CreateTempSubdirectory("govopen-host-").FullName;
        try
        {
            var typeFinder = new TypeFinder(NullLogger<TypeFinder>.Instance, new DefaultUmbracoAssemblyProvider(typeof(GovOpenComposer).Assembly, NullLoggerFactory.Instance), []);
            var builder = new UmbracoBuilder(new ServiceCollection(), new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GovOpen:AgencyName"] = "示例市人民政府", ["GovOpen:OrganisationCode"] = "000014349" }).Build(), new TypeLoader(typeFinder, NullLogger<TypeLoader>.Instance));
            builder.Services.AddSingleton<IHostEnvironment>(new HostEnv(dir));
            builder.AddGovOpen();
            builder.Services.AddLogging();
            Assert.Contains(builder.Services, s => s.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartingNotification>) && s.ImplementationType == typeof(RequestRegisterStartup));
            using var sp = builder.Services.BuildServiceProvider();
            var startup = ActivatorUtilities.CreateInstance<RequestRegisterStartup>(sp);
            await startup.HandleAsync(new UmbracoApplicationStartingNotification(global::Umbraco.Cms.Core.RuntimeLevel.Run, false), default);
            Assert.True(sp.GetRequiredService<RequestRegisterStatus>().Available);
            Assert.True(File.Exists(Path.Combine(dir, "umbraco", "Data", "GovOpen", "requests.db")));
            using var scope = sp.CreateScope();
            Assert.Same(scope.ServiceProvider.GetRequiredService<RequestStore>(), scope.ServiceProvider.GetRequiredService<IRequestIntake>());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    private sealed class HostEnv(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static GovOpen.Umbraco.Requests.RequestRegisterStatus ReadyRegister()
    {
        var status = new GovOpen.Umbraco.Requests.RequestRegisterStatus();
        status.Ready();
        return status;
    }
}
