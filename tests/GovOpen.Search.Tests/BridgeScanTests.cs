using System.Text.RegularExpressions;
using CsCheck;
using GovOpen.Core.Text;
using GovOpen.Search;

namespace GovOpen.Search.Tests;

/// <summary>
/// The scans that replaced regular expressions on the indexing and snippet paths do what the expressions did: the
/// expression stays here as the specification, and random text over the characters that matter is read both ways.
/// </summary>
public class BridgeScanTests
{
    // What a bridge was, as a regular expression (docs/search.md): 1–4 punctuation/symbol/space characters other
    // than sentence and line ends, with a Han character (basic plane) on both sides.
    private static readonly Regex Specification = new(@"(?<=[\u3400-\u4DBF\u4E00-\u9FFF])[\p{P}\p{S}\s\u3000-[。！？；!?;\r\n]]{1,4}(?=[\u3400-\u4DBF\u4E00-\u9FFF])");

    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        Gen.Char["示例市政府通知办法㐀䶵一龥"],
        Gen.Char["，、（）《》“”·-—／ \u3000\t\u00A0+=￥%"],
        Gen.Char["。！？；!?;\r\n"],
        Gen.Char["aZ09\uD840\uDC00\u20000"]), 0, 60];

    [Fact]
    public void Bridges_are_the_runs_the_expression_matched()
    {
        Text.Sample(text =>
        {
            var scanned = SearchCharFilters.Bridges(text).ToList();
            var expected = Specification.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, scanned);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("新港(物流)工业园区", new[] { 2, 1, 5, 1 })]
    [InlineData("甲，，，，，乙", new int[0])] // five: too long to bridge
    [InlineData("甲，，，，乙", new[] { 1, 4 })]
    [InlineData("第一条。第二条", new int[0])] // a sentence end is never bridged
    [InlineData("，开头与结尾，", new int[0])]
    public void Known_bridges(string text, int[] runs)
    {
        Assert.Equal(runs, SearchCharFilters.Bridges(text).SelectMany(b => new[] { b.Index, b.Length }));
    }

    [Fact]
    public void Folding_in_one_pass_is_the_three_steps()
    {
        var text = Gen.String[Gen.OneOf(Gen.Char['\u0000', '\uD7FF'], Gen.Char['\uE000', '\uFFFF'], Gen.Char["國務院辦公廳ＡＢＣａｂｃ\u3000İIΣΑЖ"], Gen.Char["\uD801\uDC00"]), 0, 40];
        text.Sample(s => Assert.Equal(ScriptVariants.Simplify(ChineseText.FoldWidth(s).ToLowerInvariant()), Highlighter.Fold(s)), iter: 20_000);
    }
}
