using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public sealed class EffectiveTermsTests
{
    [Theory]
    [InlineData("本办法自2026年5月1日起施行，有效期5年。", "2026-05-01", false, "2031-04-30")]
    [InlineData("本规定自二〇二六年十月一日起实施，有效期至2028年9月30日。", "2026-10-01", false, "2028-09-30")]
    [InlineData("本意见自印发之日起施行，有效期为三年。", null, true, null)]
    [InlineData("本通知自发布之日起执行。", null, true, null)]
    [InlineData("各单位要认真贯彻执行。", null, false, null)]
    public void Reads_the_effective_date_and_the_end_of_validity(string text, string? effective, bool fromIssue, string? until)
    {
        var t = EffectiveTerms.Find(text);
        Assert.Equal(effective, t.EffectiveDate?.ToString("yyyy-MM-dd"));
        Assert.Equal(fromIssue, t.FromIssue);
        Assert.Equal(until, t.ValidUntilFrom(t.EffectiveDate)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void From_the_date_of_issue_the_years_count_from_that_date()
    {
        var t = EffectiveTerms.Find("本意见自印发之日起施行，有效期为三年。");
        var effective = t.EffectiveOn(new DateOnly(2026, 3, 10));
        Assert.Equal(new DateOnly(2026, 3, 10), effective);
        Assert.Equal(new DateOnly(2029, 3, 9), t.ValidUntilFrom(effective));
    }

    [Fact]
    public void An_abolition_takes_effect_on_its_own_stated_date_never_on_the_targets_date()
    {
        var body = "本办法自2026年10月1日起施行。2015年4月10日发布的《示例市政府信息资源共享管理办法》（示府发〔2015〕8号）同时废止。" +
                   "《示例市公共资源交易管理暂行办法》（示府规〔2019〕2号）自2026年12月1日起废止。《示例市道路停车收费办法》停止执行。";
        var found = AmendmentDetector.Detect(body);
        var same = Assert.Single(found, p => p.TargetDocumentNumber == "示府发〔2015〕8号");
        Assert.Null(same.EffectiveDate); // 同时废止: with this document, not on 2015-04-10
        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(found, p => p.TargetDocumentNumber == "示府规〔2019〕2号").EffectiveDate);
        Assert.Equal(ValidityEventKind.DeclaredInvalid, Assert.Single(found, p => p.TargetTitle == "示例市道路停车收费办法").EventKind);
    }
}
