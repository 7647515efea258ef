using GovOpen.Core.Requests;

namespace GovOpen.Core.Tests;

public class AnswerLetterTests
{
    private static readonly LetterContext Context = new("YSQ-2026-000007", "张某", new DateOnly(2026, 3, 2), "示例市2025年城市道路维修资金使用情况", "示例市人民政府办公室", new DateOnly(2026, 3, 20))
    {
        Reason = "含有第三方企业的报价明细",
    };

    public static TheoryData<RequestOutcome> AllOutcomes()
    {
        var data = new TheoryData<RequestOutcome>();
        foreach (var o in Enum.GetValues<RequestOutcome>())
        {
            data.Add(o);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllOutcomes))]
    public void Every_outcome_has_a_letter_naming_its_basis_and_the_remedies(RequestOutcome outcome)
    {
        var letter = AnswerLetters.Draft(outcome, Context);
        Assert.Contains(letter.Basis, letter.Body);
        Assert.Contains("YSQ-2026-000007", letter.Body);
        Assert.Contains("2026年3月2日", letter.Body);
        Assert.Contains("六十日内", letter.Body);
        Assert.Contains("六个月内", letter.Body);
        Assert.EndsWith("2026年3月20日" + Environment.NewLine, letter.Body);
        Assert.StartsWith("张某：", letter.Body);
    }

    [Theory]
    [InlineData(RequestOutcome.Disclosed, "第三十六条第（一）项", "予以公开）")]
    [InlineData(RequestOutcome.PartlyDisclosed, "第三十七条", "部分公开）")]
    [InlineData(RequestOutcome.SecretThirdParty, "第十五条", "不予公开）")]
    [InlineData(RequestOutcome.SecretProcess, "第十六条", "不予公开）")]
    [InlineData(RequestOutcome.UnavailableNeedsCreation, "第三十八条", "无法提供）")]
    [InlineData(RequestOutcome.NotProcessedPetition, "第三十九条", "不予处理）")]
    [InlineData(RequestOutcome.NotProcessedExcessive, "第三十五条", "不予处理）")]
    [InlineData(RequestOutcome.OtherFeeUnpaid, "国办函〔2020〕109号", "终止办理告知书")]
    public void The_article_and_title_follow_the_outcome(RequestOutcome outcome, string article, string titleEnd)
    {
        var letter = AnswerLetters.Draft(outcome, Context);
        Assert.Contains(article, letter.Basis);
        Assert.EndsWith(titleEnd, letter.Title);
    }

    [Fact]
    public void Refusal_and_partial_disclosure_need_a_reason()
    {
        var e = Assert.Throws<GovOpenException>(() => AnswerLetters.Draft(RequestOutcome.SecretInternal, Context with { Reason = " " }));
        Assert.Equal("reason", e.Issue.Field);
        Assert.Contains("含有第三方企业的报价明细", AnswerLetters.Draft(RequestOutcome.PartlyDisclosed, Context).Body);
        // A disclosure does not need one.
        AnswerLetters.Draft(RequestOutcome.Disclosed, Context with { Reason = null });
    }

    [Fact]
    public void Not_held_names_the_holding_agency_when_known()
    {
        Assert.DoesNotContain("负责公开", AnswerLetters.Draft(RequestOutcome.UnavailableNotHeld, Context).Body);
        Assert.Contains("示例市自然资源局负责公开", AnswerLetters.Draft(RequestOutcome.UnavailableNotHeld, Context with { HoldingAgency = "示例市自然资源局" }).Body);
    }

    [Fact]
    public void Markup_in_applicant_text_does_not_reach_the_letter()
    {
        var letter = AnswerLetters.Draft(RequestOutcome.Disclosed, Context with { ApplicantName = "<b>李某</b>", Description = "<script>alert(1)</script>道路资金" });
        Assert.DoesNotContain("<", letter.Body);
        Assert.StartsWith("李某：", letter.Body);
    }
}
