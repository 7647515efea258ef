using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Scheduling;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Tests;

/// <summary>
/// Umbraco's side of "public" for the public index: published, not trashed (trashing does not unpublish:
/// ContentService.MoveToRecycleBin only raises a branch refresh), and every ancestor published
/// (DocumentRepository.IsPathPublished). Branch changes reach every document below.
/// </summary>
public sealed class PublicIndexBranchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("govopen-umb-branch").FullName;
    private readonly FakeSite _site = new();
    private readonly FixedClock _clock = new(new DateOnly(2026, 11, 23));

    public void Dispose() => Directory.Delete(_root, true);

    private GovOpenSearch Search(bool searchModule = true) => TestSearch.Create(_site, _root, _clock, searchModule);

    private SearchIndexUpdater Updater(GovOpenSearch search) => new(search, _site.ContentService(), NullLogger<SearchIndexUpdater>.Instance);

    [Fact]
    public void A_trashed_document_leaves_the_public_index_also_when_the_cache_refresher_brings_it_back()
    {
        using var search = Search();
        var column = _site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var policy = _site.AddUnder(column, ContentTypes.PolicyDocument, "示例市公共数据管理办法", FakeSite.Policy());
        var updater = Updater(search);
        updater.Handle(new ContentPublishedNotification(policy, new EventMessages()));
        Assert.Contains(policy.Key.ToString("N"), search.Public.Ids());

        _site.Trash(policy); // still Published, now Trashed
        updater.Handle(new ContentMovedToRecycleBinNotification(new MoveToRecycleBinEventInfo<IContent>(policy, "-1," + policy.Id), new EventMessages()));
        Assert.DoesNotContain(policy.Key.ToString("N"), search.Public.Ids());

        // Another server hears of the move as a branch refresh: the trashed item must not come back.
        updater.Handle(new ContentCacheRefresherNotification(new[] { new ContentCacheRefresher.JsonPayload { Id = policy.Id, Key = policy.Key, ChangeTypes = TreeChangeTypes.RefreshBranch } }, MessageType.RefreshByPayload));
        Assert.DoesNotContain(policy.Key.ToString("N"), search.Public.Ids());
        Assert.Contains(policy.Key.ToString("N"), search.Editorial.Ids()); // editors still find it
    }

    [Fact]
    public void A_fee_in_public_search_cites_no_number_of_a_policy_the_public_may_not_see_and_cites_it_once_the_policy_is_public()
    {
        using var search = Search();
        var updater = Updater(search);
        var column = _site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var policy = _site.AddUnder(column, ContentTypes.PolicyDocument, "示例市停车收费管理办法（示例）", FakeSite.Policy("示价〔2026〕3号"), published: false);
        updater.Handle(new ContentSavedNotification(policy, new EventMessages()));
        var fees = _site.Add(ContentTypes.Page, "价格收费", []);
        var fee = _site.AddUnder(fees, ContentTypes.FeeItem, "示例市公共停车场停车费（示例）", new()
        {
            ["feeCategory"] = "经营服务性收费",
            ["collector"] = "示例市停车管理中心",
            ["publishedDate"] = "2026-01-05",
            ["disclosure"] = """{"attribute":"proactive"}""",
            ["standards"] = """[{"from":"2026-01-01","amount":5,"unit":"元/小时","basis":["示价〔2026〕3号","发改价格〔2015〕2136号"]}]""",
        });
        updater.Handle(new ContentPublishedNotification(fee, new EventMessages()));

        // The draft policy's 文号 is not in the public fee; a national 文号 (no document of this site) stays.
        Assert.Empty(search.Public.Search(new GovOpen.Search.SearchQuery { Text = "示价〔2026〕3号" }).Hits);
        Assert.Equal([fee.Key.ToString("N")], search.Public.Search(new GovOpen.Search.SearchQuery { Text = "发改价格〔2015〕2136号" }).Hits.Select(h => h.Id));
        Assert.Contains(fee.Key.ToString("N"), search.Editorial.Search(new GovOpen.Search.SearchQuery { Text = "示价〔2026〕3号" }).Hits.Select(h => h.Id)); // editors see it

        // Published: the policy and the fee citing it are found by its 文号.
        Umb.Publish(policy);
        updater.Handle(new ContentPublishedNotification(policy, new EventMessages()));
        Assert.Equal(new[] { fee.Key.ToString("N"), policy.Key.ToString("N") }.Order(), search.Public.Search(new GovOpen.Search.SearchQuery { Text = "示价〔2026〕3号" }).Hits.Select(h => h.Id).Order());

        // Trashed again (still Published in Umbraco): the fee drops the 文号 once more.
        _site.Trash(policy);
        updater.Handle(new ContentMovedToRecycleBinNotification(new MoveToRecycleBinEventInfo<IContent>(policy, "-1," + policy.Id), new EventMessages()));
        Assert.Empty(search.Public.Search(new GovOpen.Search.SearchQuery { Text = "示价〔2026〕3号" }).Hits);
    }

    [Fact]
    public void Unpublishing_a_column_takes_its_documents_off_the_public_index_and_republishing_brings_them_back()
    {
        using var search = Search();
        var column = _site.Add(ContentTypes.PolicyFolder, "政策文件", []);
        var a = _site.AddUnder(column, ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var b = _site.AddUnder(column, ContentTypes.PolicyDocument, "政策乙", FakeSite.Policy("示府发〔2026〕4号"));
        var updater = Updater(search);
        updater.Handle(new ContentPublishedNotification([a, b], new EventMessages()));
        Assert.Equal(2, search.Public.Count);

        column.Published = false;
        updater.Handle(new ContentUnpublishedNotification(column, new EventMessages()));
        Assert.Equal(0, search.Public.Count); // the documents are still "published", but their path is not

        Umb.Publish(column);
        updater.Handle(new ContentPublishedNotification(column, new EventMessages()));
        Assert.Equal(2, search.Public.Count);
    }

    [Fact]
    public void A_failed_index_update_never_fails_the_editor_and_the_index_is_rebuilt()
    {
        using var search = Search();
        var policy = _site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        search.Public.Dispose(); // any write now throws
        var updater = Updater(search);
        updater.Handle(new ContentPublishedNotification(policy, new EventMessages())); // no exception
        Assert.True(search.NeedsRebuild);
    }

    [Fact]
    public void With_the_search_module_off_nothing_is_indexed_and_the_endpoint_answers_404()
    {
        using var search = Search(searchModule: false);
        var policy = _site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        Updater(search).Handle(new ContentPublishedNotification(policy, new EventMessages()));
        var options = new GovOpenOptions { AgencyName = "x" };
        options.Modules.Search = false;
        var api = new GovOpen.Umbraco.Api.SearchApiController(search, new GovOpenSettings(Options.Create(options)), new GovOpen.Umbraco.Api.PublicSearchLimiter(new GovOpenSettings(Options.Create(options))));
        Assert.IsType<Microsoft.AspNetCore.Mvc.NotFoundObjectResult>(api.Search("政策", null, null));
    }

    [Fact]
    public void The_search_endpoint_says_when_its_items_are_partial_matches()
    {
        using var search = Search();
        var policy = _site.Add(ContentTypes.PolicyDocument, "示例市公共数据开放暂行办法", FakeSite.Policy());
        Updater(search).Handle(new ContentPublishedNotification(policy, new EventMessages()));
        var settings = new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" }));
        var api = new GovOpen.Umbraco.Api.SearchApiController(search, settings, new GovOpen.Umbraco.Api.PublicSearchLimiter(settings));
        var exact = (GovOpen.Umbraco.Api.SearchResponse)Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(api.Search("公共数据开放", null, null)).Value!;
        Assert.False(exact.Partial);
        var partial = (GovOpen.Umbraco.Api.SearchResponse)Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(api.Search("示例市公共数据开放管理暂行办法", null, null)).Value!;
        Assert.True(partial.Partial);
        Assert.Equal("示例市公共数据开放暂行办法", Assert.Single(partial.Items).Title);
        Assert.Contains(partial.Warnings, w => w.Code == "partial-match");
        var json = System.Text.Json.JsonSerializer.Serialize(partial);
        Assert.Contains("\"partial\":true", json);
    }

    [Fact]
    public void At_the_turn_of_the_day_the_scheduling_server_asks_every_server_to_reindex_what_changed()
    {
        var ending = _site.Add(ContentTypes.PolicyDocument, "今日到期的实施意见", FakeSite.Policy("示府规〔2021〕3号", signed: "2021-11-20", published: "2021-11-24")
            .With("validity", """{"effectiveDate":"2021-11-24","validUntil":"2026-11-22","history":[]}"""));
        var unchanged = _site.Add(ContentTypes.PolicyDocument, "长期有效的办法", FakeSite.Policy("示府规〔2024〕5号", signed: "2024-01-02", published: "2024-01-05", category: "other")
            .With("validity", """{"effectiveDate":"2024-02-01","history":[]}"""));
        var scheduled = _site.Add(ContentTypes.PolicyDocument, "今日发布的通知", FakeSite.Policy("示府发〔2026〕21号", signed: "2026-11-20", published: "2026-11-23", category: "other"));
        var changes = new DayChanges(new FakeContentSource(_site), GovOpen.Core.Calendar.WorkCalendar.Embedded, 3).Between(new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23));
        Assert.Equal(new[] { ending.Key, scheduled.Key }.Order(), changes.Select(c => c.Key).Order());
        Assert.DoesNotContain(unchanged.Key, changes.Select(c => c.Key));

        using var search = Search();
        List<Guid>? asked = null;
        var requester = new Mock<IReindexRequester>();
        requester.Setup(r => r.Reindex(It.IsAny<IReadOnlyCollection<IContent>>())).Callback((IReadOnlyCollection<IContent> docs) => asked = docs.Select(d => d.Key).ToList());
        GovOpenDailyRefresh Job(ServerRole role) => new(search, new FakeContentSource(_site), GovOpen.Core.Calendar.WorkCalendar.Embedded,
            new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), _clock, Mock.Of<IServerRoleAccessor>(r => r.CurrentServerRole == role), requester.Object, NullLogger<GovOpenDailyRefresh>.Instance);

        Job(ServerRole.Subscriber).Tick();
        Assert.Null(asked); // only the scheduling server asks
        var job = Job(ServerRole.SchedulingPublisher);
        job.Tick();
        Assert.Equal(new[] { ending.Key, scheduled.Key }.Order(), asked!.Order());
        asked = null;
        job.Tick();
        Assert.Null(asked); // once per day
    }

    [Fact]
    public void A_server_not_yet_elected_leaves_the_day_for_a_later_tick_and_a_start_catches_up_with_the_days_it_was_down()
    {
        // Became public five days ago, while the server was down: the day-before comparison alone would miss it.
        var whileDown = _site.Add(ContentTypes.PolicyDocument, "停机期间发布的通知", FakeSite.Policy("示府发〔2026〕20号", signed: "2026-11-16", published: "2026-11-18", category: "other"));
        using var search = Search();
        List<Guid>? asked = null;
        var requester = new Mock<IReindexRequester>();
        requester.Setup(r => r.Reindex(It.IsAny<IReadOnlyCollection<IContent>>())).Callback((IReadOnlyCollection<IContent> docs) => asked = docs.Select(d => d.Key).ToList());
        var role = ServerRole.Unknown;
        var roles = new Mock<IServerRoleAccessor>();
        roles.Setup(r => r.CurrentServerRole).Returns(() => role);
        var job = new GovOpenDailyRefresh(search, new FakeContentSource(_site), GovOpen.Core.Calendar.WorkCalendar.Embedded,
            new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), _clock, roles.Object, requester.Object, NullLogger<GovOpenDailyRefresh>.Instance);

        job.Tick(); // just after start: Umbraco has not elected the server yet (contract row C6)
        Assert.Null(asked);
        role = ServerRole.SchedulingPublisher;
        job.Tick();
        Assert.Equal([whileDown.Key], asked);
    }

    [Fact]
    public void Searches_with_text_are_limited_per_client_address_and_lists_are_not()
    {
        using var search = Search();
        var options = new GovOpenOptions { AgencyName = "x", SearchesPerMinute = 2 };
        var settings = new GovOpenSettings(Options.Create(options));
        using var limiter = new GovOpen.Umbraco.Api.PublicSearchLimiter(settings);
        GovOpen.Umbraco.Api.SearchApiController From(string address)
        {
            var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            return new(search, settings, limiter) { ControllerContext = new Microsoft.AspNetCore.Mvc.ControllerContext { HttpContext = http } };
        }
        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(From("203.0.113.7").Search("政策", null, null));
        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(From("203.0.113.7").Search("公开", null, null));
        var third = From("203.0.113.7");
        var refused = Assert.IsType<Microsoft.AspNetCore.Mvc.ObjectResult>(third.Search("办法", null, null));
        Assert.Equal(429, refused.StatusCode);
        Assert.True(int.Parse(third.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal("q", ((Microsoft.AspNetCore.Mvc.ProblemDetails)refused.Value!).Extensions["field"]);
        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(From("203.0.113.8").Search("办法", null, null)); // another client
        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(From("203.0.113.7").Search(null, ["type:policy"], "date")); // a list
        Assert.IsType<Microsoft.AspNetCore.Mvc.OkObjectResult>(From("203.0.113.7").SearchForEditors("办法", null, null)); // editors, signed in, are not counted
    }
}
