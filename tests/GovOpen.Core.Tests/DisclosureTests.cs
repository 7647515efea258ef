using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public class DisclosureTests
{
    private sealed record Item(DisclosureDecision Disclosure, DateOnly? PublishedDate) : IPublicationCandidate;

    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(DisclosureAttribute.Proactive, "2026-11-01", true)]
    [InlineData(DisclosureAttribute.Proactive, "2026-11-23", true)]
    [InlineData(DisclosureAttribute.Proactive, "2026-11-24", false)] // scheduled, not yet
    [InlineData(DisclosureAttribute.Proactive, null, false)]         // draft
    [InlineData(DisclosureAttribute.OnRequest, "2026-11-01", false)]
    [InlineData(DisclosureAttribute.NotDisclosed, "2026-11-01", false)]
    public void Only_published_proactive_items_reach_a_public_surface(DisclosureAttribute a, string? published, bool expected)
    {
        DateOnly? p = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var decision = a == DisclosureAttribute.Proactive ? DisclosureDecision.Proactive : new DisclosureDecision(a, DisclosureGround.Art15ThirdParty, "涉及个人隐私");
        Assert.Equal(expected, PublicSurface.MayAppear(new Item(decision, p), Today));
        Assert.Equal(expected, PublicSurface.MayAppear(a, p, Today));
    }

    [Fact]
    public void Non_disclosure_needs_ground_and_reason()
    {
        var issues = new DisclosureDecision(DisclosureAttribute.NotDisclosed).Validate();
        Assert.Contains(issues, i => i.Code == "ground-required" && i.Field == "disclosure");
        Assert.Contains(issues, i => i.Code == "reason-required");
        Assert.Contains(new DisclosureDecision(DisclosureAttribute.OnRequest).Validate(), i => i.Code == "ground-required");
        Assert.Empty(new DisclosureDecision(DisclosureAttribute.NotDisclosed, DisclosureGround.Art14StateSecret, "经保密审查属于国家秘密").Validate());
        Assert.Empty(new DisclosureDecision(DisclosureAttribute.OnRequest, DisclosureGround.Art13OutsideProactiveScope, "仅涉及特定申请人").Validate());
        Assert.Empty(DisclosureDecision.Proactive.Validate());
    }

    [Fact]
    public void Art13_ground_does_not_justify_withholding() =>
        Assert.Contains(new DisclosureDecision(DisclosureAttribute.NotDisclosed, DisclosureGround.Art13OutsideProactiveScope, "x").Validate(), i => i.Code == "ground-mismatch");

    [Fact]
    public void Grounds_name_their_article()
    {
        Assert.Equal(14, DisclosureGround.Art14Security.Article());
        Assert.Equal(15, DisclosureGround.Art15ThirdParty.Article());
        Assert.Equal(16, DisclosureGround.Art16ProcessInformation.Article());
        Assert.All(Enum.GetValues<DisclosureGround>(), g => Assert.Contains("条", g.Name()));
        Assert.All(Enum.GetValues<DisclosureGround>(), g => Assert.True(DisclosureNames.TryParseGround(g.Alias(), out var back) && back == g));
    }

    [Theory]
    [InlineData("主动公开", DisclosureAttribute.Proactive)]
    [InlineData("依申请公开", DisclosureAttribute.OnRequest)]
    [InlineData("不予公开", DisclosureAttribute.NotDisclosed)]
    [InlineData("notDisclosed", DisclosureAttribute.NotDisclosed)]
    public void Parses_attributes(string text, DisclosureAttribute a)
    {
        Assert.True(DisclosureNames.TryParseAttribute(text, out var parsed));
        Assert.Equal(a, parsed);
    }

    [Fact]
    public void Unknown_attribute_is_rejected() => Assert.False(DisclosureNames.TryParseAttribute("公开", out _));
}
