using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Api;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

public class ValidityCascadeTests
{
    private sealed class Directory(FakeSite site) : IPolicyDirectory
    {
        public IEnumerable<IContent> Find(string? documentNumber, string? title) =>
            site.Contents.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && (c.GetValue<string>("documentNumber") == documentNumber || c.Name == title));

        public IReadOnlyDictionary<string, IReadOnlyList<string>> IndexNumbers(string prefix) => new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>Umbraco's key-value store as a dictionary.</summary>
    private static IKeyValueService Store()
    {
        var values = new Dictionary<string, string>();
        var m = new Mock<IKeyValueService>();
        m.Setup(s => s.GetValue(It.IsAny<string>())).Returns((string k) => values.GetValueOrDefault(k));
        m.Setup(s => s.SetValue(It.IsAny<string>(), It.IsAny<string>())).Callback((string k, string v) => values[k] = v);
        return m.Object;
    }

    private static (FakeSite Site, IContent Old, IContent New, PendingValidityChanges Pending, EventMessages Messages) Publish()
    {
        var site = new FakeSite();
        var old = site.Add(ContentTypes.PolicyDocument, "示例市政府信息公开工作规定", FakeSite.Policy("示府发〔2015〕8号", signed: "2015-04-10", published: "2015-04-10").With("validity", """{"effectiveDate":"2015-05-01","history":[]}"""));
        var body = "<p>本办法自2024年3月1日起施行。《示例市政府信息公开工作规定》（示府发〔2015〕8号）同时废止。</p>";
        var neu = site.Add(ContentTypes.PolicyDocument, "示例市政务公开工作规定", FakeSite.Policy("示府规〔2024〕1号", signed: "2024-02-20", published: "2024-02-23", body: body).With("validity", """{"effectiveDate":"2024-03-01","history":[]}"""));
        var pending = new PendingValidityChanges(Store());
        var n = new ContentPublishedNotification(neu, new EventMessages());
        new ValidityCascadeHandler(new Directory(site), pending, new FixedClock(new DateOnly(2026, 11, 23)), NullLogger<ValidityCascadeHandler>.Instance).Handle(n);
        return (site, old, neu, pending, n.Messages);
    }

    [Fact]
    public void Publishing_records_a_pending_change_for_the_abolished_document_and_saves_nothing()
    {
        var (site, old, neu, pending, messages) = Publish();
        Assert.Equal(ValidityState.InForce, UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity.StateOn(new DateOnly(2025, 1, 1)));
        var change = Assert.Single(pending.For(old.Key));
        Assert.Equal(("abolished", "2024-03-01", "pending"), (change.Kind, change.Date, change.Status));
        Assert.Equal("示府规〔2024〕1号", change.ByDocumentNumber);
        Assert.Equal(UmbracoContentAdapter.IdOf(neu), change.ById);
        Assert.Contains(messages.GetAll(), m => m.Message.Contains("待确认", StringComparison.Ordinal));
        Assert.Equal(0, site.Saves); // no document is saved from the Published handler

        // Republishing the new document does not record it twice.
        new ValidityCascadeHandler(new Directory(site), pending, new FixedClock(new DateOnly(2026, 11, 23)), NullLogger<ValidityCascadeHandler>.Instance)
            .Handle(new ContentPublishedNotification(neu, new EventMessages()));
        Assert.Single(pending.For(old.Key));
    }

    [Fact]
    public async Task The_deciding_document_lists_what_it_proposed_for_others_with_their_state()
    {
        var (site, old, neu, pending, _) = Publish();
        var api = new ValidityChangesApiController(pending, site.ContentService(), FakeUsers.Permissions(), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), new FixedClock(new DateOnly(2026, 11, 23)));
        var listed = Assert.IsType<List<ProposedValidityChangeView>>(Assert.IsType<OkObjectResult>(await api.ProposedBy(neu.Key)).Value);
        var item = Assert.Single(listed);
        Assert.Equal((old.Key.ToString(), old.Name, "abolished", "pending"), (item.Target, item.TargetTitle, item.Change.Kind, item.Change.Status));
        // The target's own list and the decider's are the same record: deciding on one shows on the other.
        pending.Decide(old.Key, item.Change.Id, confirmed: false, "编辑乙", DateTimeOffset.UnixEpoch, "所指为另一文件");
        var after = Assert.Single(Assert.IsType<List<ProposedValidityChangeView>>(Assert.IsType<OkObjectResult>(await api.ProposedBy(neu.Key)).Value));
        Assert.Equal(("rejected", "编辑乙"), (after.Change.Status, after.Change.DecidedBy));
        Assert.Empty(Assert.IsType<List<ProposedValidityChangeView>>(Assert.IsType<OkObjectResult>(await api.ProposedBy(old.Key)).Value));
    }

    [Fact]
    public async Task Validity_changes_are_shown_only_for_documents_the_user_may_browse()
    {
        var (site, old, neu, pending, _) = Publish();
        ValidityChangesApiController Api(global::Umbraco.Cms.Core.Models.Membership.IUser? who, params Guid[] denied) => new(pending, site.ContentService(), FakeUsers.Permissions(denied), FakeUsers.Current(who), new FixedClock(new DateOnly(2026, 11, 23)));
        var editor = FakeUsers.User(42, "编辑甲");

        Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<PendingValidityChange>>(Assert.IsType<OkObjectResult>(await Api(editor).List(old.Key)).Value));
        Assert.Equal(403, Assert.IsType<ObjectResult>(await Api(editor, old.Key).List(old.Key)).StatusCode);
        Assert.Equal(403, Assert.IsType<ObjectResult>(await Api(null).List(old.Key)).StatusCode);
        Assert.Equal(403, Assert.IsType<ObjectResult>(await Api(editor, neu.Key).ProposedBy(neu.Key)).StatusCode);
        // The decider is visible, its target is not: the target's title is not named.
        Assert.Empty(Assert.IsType<List<ProposedValidityChangeView>>(Assert.IsType<OkObjectResult>(await Api(editor, old.Key).ProposedBy(neu.Key)).Value));
    }

    [Fact]
    public async Task An_editor_confirms_the_change_which_is_saved_as_that_editor_and_recorded()
    {
        var (site, old, neu, pending, _) = Publish();
        var events = new List<GovValidityChangedNotification>();
        var aggregator = new Mock<IEventAggregator>();
        aggregator.Setup(a => a.Publish(It.IsAny<GovValidityChangedNotification>())).Callback((GovValidityChangedNotification n) => events.Add(n));
        var saves = new List<int?>();
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => site.Contents.FirstOrDefault(c => c.Key == k));
        cs.Setup(s => s.Save(It.IsAny<IContent>(), It.IsAny<int?>(), It.IsAny<ContentScheduleCollection?>())).Callback((IContent _, int? user, ContentScheduleCollection? _) => saves.Add(user));
        ValidityChangesApiController Api(Guid[] denied) => new(pending, cs.Object, FakeUsers.Permissions(denied), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), new FixedClock(new DateOnly(2026, 11, 23)));
        var id = pending.For(old.Key).Single().Id;

        Assert.Equal(403, Assert.IsType<ObjectResult>(await Api([old.Key]).Confirm(old.Key, id)).StatusCode); // needs update permission on the document
        Assert.Empty(saves);

        Assert.IsType<OkObjectResult>(await Api([]).Confirm(old.Key, id));
        var validity = UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity;
        Assert.Equal(ValidityState.Abolished, validity.StateOn(new DateOnly(2024, 3, 1)));
        Assert.Equal(ValidityState.InForce, validity.StateOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(UmbracoContentAdapter.IdOf(neu), validity.History.Last().By!.Id);
        Assert.Equal([42], saves); // saved as the editor, never as the super-user
        Assert.Empty(events); // saved, not published: nothing leaves the server yet

        // The editor publishes the policy: the webhook hears the change then, once.
        var handler = new ValidityPublishedHandler(new PublishingValidityEvents(), aggregator.Object);
        handler.Handle(new ContentPublishingNotification(old, new EventMessages()));
        Umb.Publish(old);
        handler.Handle(new ContentPublishedNotification(old, new EventMessages()));
        var raised = Assert.Single(events);
        Assert.Equal((old.Key, ValidityEventKind.Abolished, new DateOnly(2024, 3, 1)), (raised.DocumentKey, raised.Change.Kind, raised.Change.Date));
        handler.Handle(new ContentPublishingNotification(old, new EventMessages()));
        handler.Handle(new ContentPublishedNotification(old, new EventMessages()));
        Assert.Single(events); // republishing without a new change raises nothing
        var decided = pending.For(old.Key).Single();
        Assert.Equal(("confirmed", "编辑甲"), (decided.Status, decided.DecidedBy));
        Assert.NotNull(decided.DecidedAt);
        Assert.IsType<NotFoundObjectResult>(await Api([]).Confirm(old.Key, id)); // decided once
    }

    [Fact]
    public async Task A_rejected_change_leaves_the_document_and_records_the_reason()
    {
        var (site, old, _, pending, _) = Publish();
        var api = new ValidityChangesApiController(pending, site.ContentService(), FakeUsers.Permissions(), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), new FixedClock(new DateOnly(2026, 11, 23)));
        Assert.IsType<OkObjectResult>(await api.Reject(old.Key, pending.For(old.Key).Single().Id, "条款指向同名的另一文件"));
        Assert.Equal(ValidityState.InForce, UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity.StateOn(new DateOnly(2025, 1, 1)));
        Assert.Equal(("rejected", "条款指向同名的另一文件"), (pending.For(old.Key).Single().Status, pending.For(old.Key).Single().Note));
        Assert.Equal(0, site.Saves);
    }
}
