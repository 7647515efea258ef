using GovOpen.Core.Documents;
using GovOpen.Core.Text;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public sealed class SearchRulesTests
{
    [Theory]
    [InlineData("示例市人民政府", true)]
    [InlineData("国务院办公厅", true)]
    [InlineData("示例市发展和改革委员会", true)]
    [InlineData("示例市市场监督管理局", true)]
    [InlineData("中共示例市委办公室", true)]
    [InlineData("市长", false)]
    [InlineData("市发展改革委主任", false)]
    [InlineData("示例市自来水有限公司", false)]
    [InlineData("示例集团", false)]
    [InlineData("张三", false)]
    [InlineData("", false)]
    public void Issuers_are_organs_not_posts_or_companies(string name, bool organ) => Assert.Equal(organ, IssuerNames.IsOrgan(name));

    [Fact]
    public void Common_traditional_characters_fold_to_simplified_one_for_one()
    {
        Assert.Equal("国务院办公厅关于印发", ScriptVariants.Simplify("國務院辦公廳關於印發"));
        Assert.Equal("政务公开", ScriptVariants.Simplify("政务公开")); // simplified text is unchanged
        Assert.All(ScriptVariants.TraditionalToSimplified, kv => Assert.False(ScriptVariants.TraditionalToSimplified.ContainsKey(kv.Value), $"{kv.Key}→{kv.Value} maps onto a key"));
        Assert.Equal("覆盖", ScriptVariants.Simplify("覆盖")); // 覆 is not 復
        // OpenCC's table (Data/opencc) beyond the government list: 積, 繳, 齡, 權…
        Assert.Equal("住房公积金缴存基数", ScriptVariants.Simplify("住房公積金繳存基數"));
        Assert.Equal("养老保险待遇领取年龄", ScriptVariants.Simplify("養老保險待遇領取年齡"));
        Assert.True(ScriptVariants.TraditionalToSimplified.Count > 2_800, $"{ScriptVariants.TraditionalToSimplified.Count} characters");
        // A character whose simplified form depends on the word stays as written.
        Assert.Equal("乾", ScriptVariants.Simplify("乾"));
        Assert.Equal("苎", ScriptVariants.Simplify("薴")); // a chain in the table folds to its end
    }

    [Fact]
    public void The_document_in_force_weighs_most_and_nothing_weighs_zero()
    {
        Assert.Equal(1.0, ValidityRanking.Weight("现行有效"));
        Assert.True(ValidityRanking.Weight("已修订") > ValidityRanking.Weight("已废止"));
        Assert.Equal(ValidityRanking.Weight("已废止"), ValidityRanking.Weight("已失效"));
        Assert.All(Enum.GetValues<ValidityState>(), s => Assert.InRange(ValidityRanking.Weight(s), 0.1, 1.0));
        Assert.Equal(1.0, ValidityRanking.Weight((string?)null));
    }
}
