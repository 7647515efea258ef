using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

/// <summary>A small site: content by key and id, relations in a list.</summary>
internal sealed class FakeSite
{
    public Dictionary<string, IDataType> _ = new();
    public readonly Dictionary<Guid, IDataType> DataTypes = Umb.DataTypes();
    public readonly List<IContent> Contents = [];
    public readonly List<IRelation> Relations = [];
    public readonly IRelationType RelationType = new RelationType("政策解读关联", GovRelationTypes.Interpretation, false, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, global::Umbraco.Cms.Core.Constants.ObjectTypes.Document, true);
    public int Saves;

    public ContentType Type(string alias) => Umb.Type(alias, DataTypes);

    public Content Add(string alias, string name, Dictionary<string, object?> values, bool published = true)
    {
        var c = Umb.Content(Type(alias), name, values, published);
        Contents.Add(c);
        return c;
    }

    public IContentService ContentService()
    {
        var m = new Mock<IContentService>();
        m.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => Contents.FirstOrDefault(c => c.Key == k));
        m.Setup(s => s.GetById(It.IsAny<int>())).Returns((int id) => Contents.FirstOrDefault(c => c.Id == id));
        m.Setup(s => s.Save(It.IsAny<IContent>(), It.IsAny<int?>(), It.IsAny<ContentScheduleCollection?>())).Callback(() => Saves++);
        return m.Object;
    }

    public IRelationService RelationService()
    {
        var m = new Mock<IRelationService>();
        m.Setup(s => s.GetRelationTypeByAlias(GovRelationTypes.Interpretation)).Returns(RelationType);
        m.Setup(s => s.GetByChildId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string _) => Relations.Where(r => r.ChildId == id).ToList());
        m.Setup(s => s.GetByParentId(It.IsAny<int>(), It.IsAny<string>())).Returns((int id, string _) => Relations.Where(r => r.ParentId == id).ToList());
        m.Setup(s => s.Relate(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<IRelationType>())).Returns((int p, int c, IRelationType t) =>
        {
            var r = new Relation(p, c, t);
            Relations.Add(r);
            return r;
        });
        m.Setup(s => s.Delete(It.IsAny<IRelation>())).Callback((IRelation r) => Relations.Remove(r));
        return m.Object;
    }

    public static Dictionary<string, object?> Policy(string number = "示府发〔2026〕3号", string disclosure = """{"attribute":"proactive"}""", string signed = "2026-03-02", string published = "2026-03-05", string? body = null, string category = "normative") => new()
    {
        ["documentNumber"] = number,
        ["topic"] = @"综合政务\政务公开",
        ["issuers"] = "示例市人民政府",
        ["signedDate"] = signed,
        ["publishedDate"] = published,
        ["genre"] = "通知",
        ["category"] = category,
        ["disclosure"] = disclosure,
        ["validity"] = """{"effectiveDate":"2026-04-01","validUntil":"2031-03-31","history":[]}""",
        ["body"] = body ?? "<p>正文。</p>",
    };
}

internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    /// <summary>The agency clock (China Standard Time) over this time source.</summary>
    public static implicit operator GovOpen.Core.Time.AgencyClock(FixedClock clock) => new(clock);

    /// <summary>The day it is; tests may move it.</summary>
    public DateOnly Day { get; set; } = day;

    public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

public class PublishingGuardTests
{
    private static readonly IOptions<GovOpenOptions> Options = Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府" });

    private static (bool Cancelled, string Messages) Publish(FakeSite site, IContent content)
    {
        var n = new ContentPublishingNotification(content, new EventMessages());
        new PublishingGuard(site.ContentService(), Options).Handle(n);
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
}

public class InterpretationHandlerTests
{
    private static InterpretationRelationHandler Handler(FakeSite site, string today) =>
        new(site.ContentService(), site.RelationService(), WorkCalendar.Embedded, Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x" }),
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
        var handler = new ValidityCascadeHandler(site.ContentService(), new Directory(site), aggregator.Object, Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x", ValidityCascade = mode }), new FixedClock(new DateOnly(2026, 11, 23)));
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
        new ValidityCascadeHandler(site.ContentService(), new Directory(site), Mock.Of<IEventAggregator>(), Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "x", ValidityCascade = "apply" }), new FixedClock(new DateOnly(2026, 11, 23)))
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

internal static class DictExtensions
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> d, string key, object? value)
    {
        d[key] = value;
        return d;
    }
}
