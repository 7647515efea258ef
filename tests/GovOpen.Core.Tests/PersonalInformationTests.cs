using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public sealed class PersonalInformationTests
{
    [Theory]
    [InlineData("申请人张某，身份证号11010519491231002X，现答复如下。", PersonalInformationKind.IdNumber, "110105********002X")]
    [InlineData("联系电话：13800138000。", PersonalInformationKind.Mobile, "138****8000")]
    [InlineData("联系电话：138 0013 8000。", PersonalInformationKind.Mobile, "138*****8000")]
    [InlineData("请汇入账号6222020200112233446。", PersonalInformationKind.BankCard, "6222***********3446")]
    [InlineData("申请人住址：示例市和平路12号3单元501室。", PersonalInformationKind.HomeAddress, "住址：和平路*********")]
    public void Finds_each_kind_and_shows_it_masked(string text, PersonalInformationKind kind, string masked)
    {
        var f = Assert.Single(PersonalInformation.Find(text));
        Assert.Equal(kind, f.Kind);
        Assert.StartsWith(masked[..3], f.Masked);
        Assert.Contains('*', f.Masked);
    }

    [Theory]
    [InlineData("示府发〔2024〕1号")]
    [InlineData("索引号：000014349/2024-00012")]
    [InlineData("统一社会信用代码91000000MA0000000N")]
    [InlineData("110105194912310021")] // wrong check character: not an ID number
    [InlineData("资金12800000000元")] // 12… is not a mobile prefix
    [InlineData("项目编号 1234567812345678")] // fails Luhn
    [InlineData("政府驻地：和平路1号")] // an office address, not a person's
    [InlineData("2024年3月1日起施行")]
    public void Does_not_mistake_numbers_government_text_is_full_of(string text) => Assert.Empty(PersonalInformation.Find(text));

    [Fact]
    public void Publishing_is_blocked_until_a_lawful_reason_is_recorded()
    {
        var parts = new[] { ("正文", (string?)"申请人身份证号11010519491231002X，电话13800138000。"), ("标题", (string?)"关于某事项的答复") };
        var blocked = PersonalInformation.Check(parts, null);
        Assert.Equal(2, blocked.Count);
        Assert.All(blocked, i => Assert.Equal(Severity.Error, i.Severity));
        Assert.Contains(blocked, i => i.Message.StartsWith("正文含有公民身份号码", StringComparison.Ordinal));
        Assert.DoesNotContain(blocked, i => i.Message.Contains("11010519491231002X"));
        var allowed = PersonalInformation.Check(parts, "经本人书面同意公开");
        Assert.All(allowed, i => Assert.Equal(Severity.Warning, i.Severity));
    }
}
