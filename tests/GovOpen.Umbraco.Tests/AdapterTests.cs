using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Umbraco.ContentModel;

namespace GovOpen.Umbraco.Tests;

/// <summary>The two-way table between Umbraco's stored values and Core, on real Core <c>Content</c> objects.</summary>
public sealed class AdapterTests
{
    [Fact]
    public void Umbraco_system_dates_are_read_as_utc_and_their_day_is_the_agencys()
    {
        // Umbraco 17 keeps CreateDate/UpdateDate in UTC; 23:30 UTC on 22 November is 07:30 on 23 November in Beijing.
        var policy = Umb.Content(Umb.Type(ContentTypes.PolicyDocument), "x", new() { ["disclosure"] = """{"attribute":"proactive"}""" }, published: true);
        policy.CreateDate = new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Unspecified);
        var values = UmbracoContentAdapter.Values(policy, ContentVersion.Published);
        Assert.Equal(TimeSpan.Zero, values.CreateDate.Offset);
        Assert.Equal(new DateTime(2026, 11, 22, 23, 30, 0), values.CreateDate.UtcDateTime);
        // With no 发布日期 stored, the creation day stands in: the agency's day, not UTC's.
        Assert.Equal(new DateOnly(2026, 11, 23), UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Published).PublishedDate);

    }

    [Fact]
    public void Umbraco_keeps_published_and_edited_values_apart_and_the_adapter_reads_the_one_asked_for()
    {
        // Umbraco.Core Models/Property.cs: SetValue writes the edited value; PublishValues copies it to the published one.
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "示例市公共数据管理办法", FakeSite.Policy(body: "<p>正式条文</p>"));
        policy.SetValue("body", "<p>草稿措辞</p>");
        policy.SetValue("disclosure", """{"attribute":"notDisclosed","ground":"art16-process","reason":"过程稿"}""");

        Assert.Equal("<p>正式条文</p>", policy.GetValue<string>("body", published: true));
        Assert.Equal("<p>正式条文</p>", UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Published).Body);
        Assert.Equal(DisclosureAttribute.Proactive, UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Published).Disclosure.Attribute);
        Assert.Equal("<p>草稿措辞</p>", UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Edited).Body);
        Assert.Equal(DisclosureAttribute.NotDisclosed, UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Edited).Disclosure.Attribute);

        Umb.Publish(policy);
        Assert.Equal("<p>草稿措辞</p>", UmbracoContentAdapter.ToPolicy(policy, ContentVersion.Published).Body);
    }

    [Theory]
    [InlineData(PropertyAliases.Issuers, "示例市人民政府\n示例市财政局", """["示例市人民政府","示例市财政局"]""")]
    [InlineData(PropertyAliases.Disclosure, """{"attribute":"onRequest"}""", """{"attribute":"onRequest"}""")]
    [InlineData(PropertyAliases.Body, "<p>正文</p>", "\"<p>正文</p>\"")]
    [InlineData(PropertyAliases.DocumentNumber, "示府发〔2026〕3号", "\"示府发〔2026〕3号\"")]
    public void Stored_values_and_interchange_json_convert_both_ways(string alias, string stored, string json)
    {
        var node = UmbracoContentAdapter.ToJson(alias, stored);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), node), node?.ToJsonString());
        Assert.Equal(stored, UmbracoContentAdapter.FromJson(alias, node));
    }

    [Fact]
    public void Picker_values_in_any_form_become_ids_and_checkboxes_in_any_form_become_booleans()
    {
        var key = Guid.NewGuid();
        var ids = UmbracoContentAdapter.ToJson(PropertyAliases.InterpretationOf, $"[\"umb://document/{key:N}\",{{\"key\":\"{key:D}\"}}]");
        Assert.Equal([key.ToString("N"), key.ToString("N")], ids!.AsArray().Select(n => n!.GetValue<string>()));
        foreach (var stored in new object[] { true, 1, "1", "true" })
        {
            Assert.True(GovOpen.Core.Content.Codecs.ScalarCodecs.ReadBool(UmbracoContentAdapter.ToJson(PropertyAliases.RequiresInterpretation, stored)));
        }
        // A number property is a number, not a boolean (the old adapter read every integer 1 as true).
        Assert.Equal(1m, GovOpen.Core.Content.Codecs.ScalarCodecs.ReadNumber(UmbracoContentAdapter.ToJson(PropertyAliases.Number, 1)));
    }

    [Fact]
    public void The_publishing_guard_checks_the_edited_values_that_are_about_to_be_published()
    {
        // Umbraco raises ContentPublishingNotification for the values being published, which are the edited ones
        // (ContentService: Publishing notification, then StrategyPublish → PublishCulture → Property.PublishValues).
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "示例市公共数据管理办法", FakeSite.Policy());
        policy.SetValue("disclosure", """{"attribute":"notDisclosed","ground":"art16-process","reason":"过程稿"}""");
        var n = new global::Umbraco.Cms.Core.Notifications.ContentPublishingNotification(policy, new global::Umbraco.Cms.Core.Events.EventMessages());
        var root = Directory.CreateTempSubdirectory("govopen-adapter-").FullName;
        var clock = new FixedClock(new DateOnly(2026, 3, 10));
        using (var search = TestSearch.Create(site, root, clock))
        {
            var settings = new GovOpen.Umbraco.Composing.GovOpenSettings(Microsoft.Extensions.Options.Options.Create(new GovOpen.Umbraco.Composing.GovOpenOptions { AgencyName = "示例市人民政府" }));
            new GovOpen.Umbraco.Notifications.PublishingGuard(site.ContentService(), settings, new GovOpen.Umbraco.Search.SearchPolicyDirectory(search, site.ContentService()), search, clock).Handle(n);
        }
        Directory.Delete(root, recursive: true);
        Assert.True(n.Cancel);
        Assert.Contains("公开属性", string.Join("", n.Messages.GetAll().Select(m => m.Message)));
    }
}
