using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Notifications;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public class InterpretationHandlerTests
{
    private static InterpretationRelationHandler Handler(FakeSite site, string today) =>
        new(site.ContentService(), site.RelationService(), WorkCalendar.Embedded, new GovOpen.Umbraco.Composing.GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x" })),
            new FixedClock(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Publishing_an_interpretation_relates_it_and_updates_the_policy_status()
    {
        var site = new FakeSite();
        var a = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy(published: "2026-02-12"));
        var b = site.Add(ContentTypes.PolicyDocument, "政策乙", FakeSite.Policy("示府发〔2026〕4号", published: "2026-02-12"));
        var handler = Handler(site, "2026-02-27");
        handler.Handle(new ContentPublishedNotification(a, new EventMessages()));
        Assert.Equal("逾期3个工作日", a.GetValue<string>("interpretationStatus"));

        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"{a.Key}\",\"{b.Key}\"]", ["form"] = "text", ["publishedDate"] = "2026-02-24" });
        handler.Handle(new ContentPublishedNotification(interp, new EventMessages()));
        Assert.Equal(2, site.Relations.Count);
        Assert.All(site.Relations, r => Assert.Equal(interp.Id, r.ChildId));
        Assert.Equal("已解读", a.GetValue<string>("interpretationStatus"));

        // The editor removes policy B from the links: its relation goes, A's stays.
        interp.SetValue("interpretationOf", $"[\"{a.Key}\"]");
        Umb.Publish(interp); // publishing publishes the edited values; the handler reads the published ones
        handler.Handle(new ContentPublishedNotification(interp, new EventMessages()));
        Assert.Equal([a.Id], site.Relations.Select(r => r.ParentId));
        Assert.StartsWith("逾期", b.GetValue<string>("interpretationStatus"));
    }

    [Fact]
    public void Unpublishing_a_policy_with_published_interpretations_warns()
    {
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var interp = site.Add(ContentTypes.PolicyInterpretation, "图解政策甲", new() { ["interpretationOf"] = $"[\"{policy.Key}\"]", ["form"] = "graphic" });
        site.Relations.Add(new Relation(policy.Id, interp.Id, site.RelationType));
        var n = new ContentUnpublishingNotification(policy, new EventMessages());
        new DanglingInterpretationWarning(site.ContentService(), site.RelationService()).Handle(n);
        Assert.False(n.Cancel);
        var message = Assert.Single(n.Messages.GetAll());
        Assert.Equal(EventMessageType.Warning, message.MessageType);
        Assert.Contains("《图解政策甲》", message.Message);
    }
}
