using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.PropertyEditors;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.Tests;

public class InterpretationHandlerTests
{
    private static InterpretationStatusHandler Handler(FakeSite site, string today) =>
        new(site.ContentService(), site.RelationService(), WorkCalendar.Embedded, new GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x" })),
            new FixedClock(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_policy_being_published_carries_its_interpretation_status_and_nothing_is_saved_afterwards()
    {
        var site = new FakeSite();
        var a = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy(published: "2026-02-12"));
        var handler = Handler(site, "2026-02-27");
        handler.Handle(new ContentPublishingNotification(a, new EventMessages()));
        Assert.Equal("逾期3个工作日", a.GetValue<string>("interpretationStatus")); // set on the values being published

        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"{a.Key}\"]", ["form"] = "text", ["publishedDate"] = "2026-02-24" });
        site.TrackReferences(interp);
        handler.Handle(new ContentPublishingNotification(a, new EventMessages()));
        Assert.Equal("已解读", a.GetValue<string>("interpretationStatus"));
        Assert.Equal(0, site.Saves); // no Save of any document from a notification handler
    }

    [Fact]
    public void A_link_only_in_an_interpretations_unpublished_draft_does_not_interpret_the_policy()
    {
        var site = new FakeSite();
        var a = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy(published: "2026-02-12"));
        var b = site.Add(ContentTypes.PolicyDocument, "政策乙", FakeSite.Policy("示府发〔2026〕4号", published: "2026-02-12"));
        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"{b.Key}\"]", ["form"] = "text", ["publishedDate"] = "2026-02-13" }, published: true);
        interp.SetValue("interpretationOf", $"[\"{a.Key}\",\"{b.Key}\"]"); // saved, not published
        site.TrackReferences(interp); // Umbraco relates it to both (edited and published values)
        Assert.Contains(site.Relations, r => r.ParentId == interp.Id && r.ChildId == a.Id);

        var handler = Handler(site, "2026-02-27");
        handler.Handle(new ContentPublishingNotification(a, new EventMessages()));
        handler.Handle(new ContentPublishingNotification(b, new EventMessages()));
        Assert.Equal("逾期3个工作日", a.GetValue<string>("interpretationStatus"));
        Assert.Equal("已解读", b.GetValue<string>("interpretationStatus"));
    }

    [Fact]
    public void Umbraco_tracks_interpretation_links_as_document_references_from_the_interpretation_to_the_policy()
    {
        var site = new FakeSite();
        var a = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var b = site.Add(ContentTypes.PolicyDocument, "政策乙", FakeSite.Policy("示府发〔2026〕4号"));
        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"umb://document/{a.Key:N}\",\"{b.Key}\"]", ["form"] = "text" });

        // Umbraco.Core PropertyEditors/DataValueReferenceFactoryCollection.cs: factories registered for an editor add references.
        var factories = new DataValueReferenceFactoryCollection(() => [new InterpretationLinkReferenceFactory()], Microsoft.Extensions.Logging.Abstractions.NullLogger<DataValueReferenceFactoryCollection>.Instance);
        var editor = Umb.Editors().Single(e => e.Alias == EditorAliases.InterpretationLink);
        var refs = factories.GetReferences(editor, interp.GetValue("interpretationOf")).ToList();
        Assert.Equal([a.Key, b.Key], refs.Select(r => ((GuidUdi)r.Udi).Guid));
        Assert.All(refs, r => Assert.Equal(Constants.Conventions.RelationTypes.RelatedDocumentAlias, r.RelationTypeAlias));
        Assert.Contains(Constants.Conventions.RelationTypes.RelatedDocumentAlias, factories.GetAutomaticRelationTypesAliases(editor));

        // Saved: the interpretation (parent) references both policies (children) — "Referenced by" shows on the policies.
        site.TrackReferences(interp);
        Assert.Equal([a.Id, b.Id], site.Relations.Where(r => r.ParentId == interp.Id).Select(r => r.ChildId).Order());

        // The editor unlinks policy B and saves: Umbraco replaces the relations, B's goes.
        interp.SetValue("interpretationOf", $"[\"{a.Key}\"]");
        Umb.Publish(interp);
        site.TrackReferences(interp);
        Assert.Equal([a.Id], site.Relations.Where(r => r.ParentId == interp.Id).Select(r => r.ChildId));
    }

    [Fact]
    public void Unpublishing_a_policy_with_published_interpretations_warns()
    {
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "政策甲", FakeSite.Policy());
        var interp = site.Add(ContentTypes.PolicyInterpretation, "图解政策甲", new() { ["interpretationOf"] = $"[\"{policy.Key}\"]", ["form"] = "graphic" });
        site.TrackReferences(interp);
        var n = new ContentUnpublishingNotification(policy, new EventMessages());
        new DanglingInterpretationWarning(site.ContentService(), site.RelationService()).Handle(n);
        Assert.False(n.Cancel);
        var message = Assert.Single(n.Messages.GetAll());
        Assert.Equal(EventMessageType.Warning, message.MessageType);
        Assert.Contains("《图解政策甲》", message.Message);
    }
}
