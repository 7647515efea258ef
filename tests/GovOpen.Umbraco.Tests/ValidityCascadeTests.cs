using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Moq;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public class ValidityCascadeTests
{
    private sealed class Directory(FakeSite site) : IPolicyDirectory
    {
        public IEnumerable<IContent> Find(string? documentNumber, string? title) =>
            site.Contents.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && (c.GetValue<string>("documentNumber") == documentNumber || c.Name == title));
    }

    private static (FakeSite Site, IContent Old, IContent New, EventMessages Messages, List<INotification> Events) Run(string mode)
    {
        var site = new FakeSite();
        var old = site.Add(ContentTypes.PolicyDocument, "示例市政府信息公开工作规定", FakeSite.Policy("示府发〔2015〕8号", signed: "2015-04-10", published: "2015-04-10") is var v ? v.With("validity", """{"effectiveDate":"2015-05-01","history":[]}""") : null!);
        var body = "<p>本办法自2024年3月1日起施行。《示例市政府信息公开工作规定》（示府发〔2015〕8号）同时废止。</p>";
        var neu = site.Add(ContentTypes.PolicyDocument, "示例市政务公开工作规定", FakeSite.Policy("示府规〔2024〕1号", signed: "2024-02-20", published: "2024-02-23", body: body).With("validity", """{"effectiveDate":"2024-03-01","history":[]}"""));
        var events = new List<INotification>();
        var aggregator = new Mock<IEventAggregator>();
        aggregator.Setup(a => a.Publish(It.IsAny<GovValidityChangedNotification>())).Callback((GovValidityChangedNotification n) => events.Add(n));
        var handler = new ValidityCascadeHandler(site.ContentService(), new Directory(site), aggregator.Object, new GovOpen.Umbraco.Composing.GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x", ValidityCascade = mode })), new FixedClock(new DateOnly(2026, 11, 23)));
        var n = new ContentPublishedNotification(neu, new EventMessages());
        handler.Handle(n);
        return (site, old, neu, n.Messages, events);
    }

    [Fact]
    public void Apply_mode_abolishes_the_referenced_document_and_links_back()
    {
        var (site, old, neu, messages, events) = Run("apply");
        var validity = UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity;
        Assert.Equal(ValidityState.Abolished, validity.StateOn(new DateOnly(2024, 3, 1)));
        Assert.Equal(ValidityState.InForce, validity.StateOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(UmbracoContentAdapter.IdOf(neu), validity.History.Last().By!.Id);
        Assert.Equal("示府规〔2024〕1号", validity.History.Last().By!.DocumentNumber);
        Assert.Single(events);
        Assert.Contains(messages.GetAll(), m => m.MessageType == EventMessageType.Success && m.Message.Contains("已废止", StringComparison.Ordinal));
        Assert.Equal(1, site.Saves);
        // Republishing the new document does not apply the change twice.
        new ValidityCascadeHandler(site.ContentService(), new Directory(site), Mock.Of<IEventAggregator>(), new GovOpen.Umbraco.Composing.GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x", ValidityCascade = "apply" })), new FixedClock(new DateOnly(2026, 11, 23)))
            .Handle(new ContentPublishedNotification(neu, new EventMessages()));
        Assert.Single(UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity.History, e => e.Kind == ValidityEventKind.Abolished);
    }

    [Fact]
    public void Propose_mode_records_a_pending_change_only()
    {
        var (_, old, _, messages, events) = Run("propose");
        Assert.Equal(ValidityState.InForce, UmbracoContentAdapter.ToPolicy(old, ContentVersion.Edited).Validity.StateOn(new DateOnly(2025, 1, 1)));
        var pending = old.GetValue<string>("pendingValidityChanges")!;
        Assert.Contains("Abolished", pending);
        Assert.Contains("示府规〔2024〕1号", pending);
        Assert.Empty(events);
        Assert.Contains(messages.GetAll(), m => m.Message.Contains("待确认", StringComparison.Ordinal));
    }
}
