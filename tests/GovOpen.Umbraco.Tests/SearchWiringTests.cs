using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.HealthChecks;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.HealthChecks;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Tests;

public sealed class SearchWiringTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("govopen-umb-search").FullName;
    private readonly FakeSite _site = new();

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    private GovOpenSearch Search() => TestSearch.Create(_site, _root, new FixedClock(new DateOnly(2026, 11, 23)));

    [Fact]
    public void Publish_unpublish_delete_and_cache_refresh_keep_both_indexes_current()
    {
        using var search = Search();
        var updater = new SearchIndexUpdater(search, _site.ContentService(), NullLogger<SearchIndexUpdater>.Instance);
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
        var updater = new SearchIndexUpdater(search, _site.ContentService(), NullLogger<SearchIndexUpdater>.Instance);
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
        new SearchIndexUpdater(search, _site.ContentService(), NullLogger<SearchIndexUpdater>.Instance).Handle(new ContentPublishedNotification(withheld, new EventMessages()));
        Assert.DoesNotContain(withheld.Key.ToString("N"), search.Public.Ids());
        Assert.Contains(withheld.Key.ToString("N"), search.Editorial.Ids());
    }

    [Fact]
    public async Task Health_check_detects_drift_and_its_action_rebuilds()
    {
        using var search = Search();
        _site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var check = new SearchIndexHealthCheck(new FakeContentSource(_site), search);
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
        var deadline = (await new InterpretationDeadlineHealthCheck(new FakeContentSource(_site), GovOpen.Core.Calendar.WorkCalendar.Embedded, new GovOpen.Umbraco.Composing.GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), clock).GetStatusAsync()).Single();
        Assert.Equal(StatusResultType.Warning, deadline.ResultType);
        Assert.Contains("逾期未解读的办法", deadline.Message);
        var expiry = (await new NormativeExpiryHealthCheck(new FakeContentSource(_site), clock).GetStatusAsync()).Single();
        Assert.Contains("即将到期的办法", expiry.Message);
        Assert.Contains("2027-01-31", expiry.Message);
        Assert.DoesNotContain("逾期未解读的办法", expiry.Message);
    }
}
