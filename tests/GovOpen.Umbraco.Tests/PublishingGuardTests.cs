using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Notifications;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public class PublishingGuardTests
{
    private static readonly GovOpen.Umbraco.Composing.GovOpenSettings Options = new(Microsoft.Extensions.Options.Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府" }));

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
