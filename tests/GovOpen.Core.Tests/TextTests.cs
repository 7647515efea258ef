using GovOpen.Core.Text;

namespace GovOpen.Core.Tests;

public class TextTests
{
    [Theory]
    [InlineData("2020年8月14日", 2020, 8, 14)]
    [InlineData("2019年06月28日", 2019, 6, 28)]
    [InlineData("二〇二〇年八月十四日", 2020, 8, 14)]
    [InlineData("二〇一九年十二月三十一日", 2019, 12, 31)]
    [InlineData("二○二三年十月十日", 2023, 10, 10)]
    [InlineData("二OO六年二月二十日", 2006, 2, 20)]
    [InlineData("二ＯＯ六年二月二十日", 2006, 2, 20)]
    [InlineData("二0一0年十二月二十五日", 2010, 12, 25)]
    [InlineData("OOOO年一月一日", 0, 0, 0)]
    [InlineData("２０２４年１月５日", 2024, 1, 5)]
    [InlineData("2024-01-05", 2024, 1, 5)]
    [InlineData("2023年2月29日", 0, 0, 0)]
    [InlineData("2023年13月1日", 0, 0, 0)]
    [InlineData("去年", 0, 0, 0)]
    public void Parses_chinese_dates(string text, int y, int m, int d)
    {
        var ok = ChineseDate.TryParse(text, out var date);
        Assert.Equal(y != 0, ok);
        if (ok)
        {
            Assert.Equal(new DateOnly(y, m, d), date);
        }
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(20, "二十")]
    [InlineData(38, "三十八")]
    [InlineData(0, "0")]
    [InlineData(100, "100")]
    public void Item_numbers_in_han(int n, string text) => Assert.Equal(text, ChineseNumerals.Format(n));

    [Fact]
    public void Formats_without_leading_zeros() => Assert.Equal("2026年5月5日", ChineseDate.Format(new DateOnly(2026, 5, 5)));

    [Fact]
    public void Finds_dates_in_text()
    {
        var found = ChineseDate.FindAll("本办法自2024年1月1日起施行，至二〇二八年十二月三十一日止。").ToList();
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)], found.Select(f => f.Date));
    }

    [Fact]
    public void Finds_odd_zeros_at_their_place_in_the_text()
    {
        var text = "ISO 9001，二OO六年二月二十日印发";
        var (date, index, length) = Assert.Single(ChineseDate.FindAll(text));
        Assert.Equal(new DateOnly(2006, 2, 20), date);
        Assert.Equal("二OO六年二月二十日", text.Substring(index, length));
    }

    [Fact]
    public void Width_folding_keeps_length()
    {
        const string s = "京政办发（２０１７）１２号　";
        var f = ChineseText.FoldWidth(s);
        Assert.Equal(s.Length, f.Length);
        Assert.Equal("京政办发(2017)12号 ", f);
    }
}
