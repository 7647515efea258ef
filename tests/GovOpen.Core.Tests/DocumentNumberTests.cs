using CsCheck;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Tests;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("京政办发〔2017〕12号", "京政办发〔2017〕12号", 0)]
    [InlineData("京政办发[2017]12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发(2017)12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发（2017）12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发【2017】12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发［2017］12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发〔２０１７〕１２号", "京政办发〔2017〕12号", 0)]
    [InlineData(" 京政办发 〔 2017 〕 12 号 ", "京政办发〔2017〕12号", 0)]
    [InlineData("京政办发〔2017〕012号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发〔2017〕第12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发2017年12号", "京政办发〔2017〕12号", 1)]
    [InlineData("京政办发〔2017〕12", "京政办发〔2017〕12号", 1)]
    [InlineData("国办发〔2018〕37号", "国办发〔2018〕37号", 0)]
    [InlineData("国卫办医发〔2021〕3号", "国卫办医发〔2021〕3号", 0)]
    [InlineData("发改价格规〔2019〕1931号", "发改价格规〔2019〕1931号", 0)]
    public void Normalizes_document_numbers(string input, string normalized, int warnings)
    {
        var r = DocumentNumberParser.Parse(input);
        Assert.True(r.IsValid, r.Error?.ToString());
        Assert.Equal(normalized, r.Value!.Normalized);
        Assert.Equal(DocumentNumberKind.Document, r.Value.Kind);
        Assert.Equal(warnings, r.Warnings.Count(w => w.Code != "hao-added") + (r.Warnings.Any(w => w.Code == "hao-added") ? 1 : 0));
    }

    [Fact]
    public void Reads_the_parts()
    {
        var n = DocumentNumber.Parse("京政办发[2017]012号");
        Assert.Equal("京政办发", n.Agency);
        Assert.Equal(2017, n.Year);
        Assert.Equal(12, n.Sequence);
        Assert.Equal("京政办发〔2017〕", n.SeriesKey);
        Assert.Equal(DocumentNumber.Parse("京政办发〔2017〕12号"), n);
    }

    [Theory]
    [InlineData("北京市人民政府令第277号", "北京市人民政府令", null, 277, "北京市人民政府令第277号")]
    [InlineData("国令第837号", "国令", null, 837, "国令第837号")]
    [InlineData("国务院令第711号", "国务院令", null, 711, "国务院令第711号")]
    [InlineData("国家发展和改革委员会令2020年第13号", "国家发展和改革委员会令", 2020, 13, "国家发展和改革委员会令2020年第13号")]
    [InlineData("国务院令711号", "国务院令", null, 711, "国务院令第711号")]
    public void Recognises_decrees(string input, string agency, int? year, int seq, string normalized)
    {
        var n = DocumentNumber.Parse(input);
        Assert.Equal(DocumentNumberKind.Decree, n.Kind);
        Assert.Equal(agency, n.Agency);
        Assert.Equal(year, n.Year);
        Assert.Equal(seq, n.Sequence);
        Assert.Equal(normalized, n.Normalized);
    }

    [Fact]
    public void Announcements_keep_di()
    {
        var n = DocumentNumber.Parse("国家税务总局公告[2018]第31号");
        Assert.Equal(DocumentNumberKind.Announcement, n.Kind);
        Assert.Equal("国家税务总局公告〔2018〕第31号", n.Normalized);
    }

    [Theory]
    [InlineData("京政办发12号", "missing-year")]
    [InlineData("京政办发〔〕12号", "missing-year")]
    [InlineData("京政发〔17〕12号", "year-not-four-digits")]
    [InlineData("京政发[20]12号", "year-not-four-digits")]
    [InlineData("京政发〔1800〕12号", "year-out-of-range")]
    [InlineData("京政办发〔2017〕0号", "sequence-zero")]
    [InlineData("京政办发〔2017〕000号", "sequence-zero")]
    [InlineData("〔2017〕12号", "missing-agency")]
    [InlineData("令第12号", "missing-agency")]
    [InlineData("京政办发201712号", "missing-brackets")]
    [InlineData("京政-办发〔2017〕12号", "agency-invalid-char")]
    [InlineData("hello world", "unrecognized")]
    [InlineData("12345", "unrecognized")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("京政办发〔2017〕1234567号", "sequence-too-long")]
    public void Rejects_with_a_clear_message(string input, string code)
    {
        var r = DocumentNumberParser.Parse(input);
        Assert.False(r.IsValid);
        Assert.Equal(code, r.Error!.Code);
        Assert.Equal("documentNumber", r.Error.Field);
        Assert.False(string.IsNullOrWhiteSpace(r.Error.Message));
        Assert.False(string.IsNullOrWhiteSpace(r.Error.MessageEn));
        Assert.Throws<GovOpenException>(() => DocumentNumber.Parse(input));
    }

    [Fact]
    public void Rejects_overlong_and_null_input_without_throwing()
    {
        Assert.Equal("too-long", DocumentNumberParser.Parse(new string('京', 10_000)).Error!.Code);
        Assert.Equal("empty", DocumentNumberParser.Parse(null).Error!.Code);
        Assert.False(DocumentNumber.TryParse("\u0000\u0001", out _));
    }

    [Fact]
    public void Finds_cited_numbers_in_order_with_spans()
    {
        const string body = "根据《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）和国办发[2017]47号文件精神，" +
                            "依照《中华人民共和国政府信息公开条例》（国务院令第711号），结合示府办发（2023）5号，" +
                            "现将有关事项通知如下。《示例市某办法》（示府发〔2018〕5号）同时废止。再次引用国办发〔2018〕37号。";
        var all = DocumentNumberParser.FindAll(body);
        Assert.Equal(["国办发〔2018〕37号", "国办发〔2017〕47号", "国务院令第711号", "示府办发〔2023〕5号", "示府发〔2018〕5号", "国办发〔2018〕37号"], all.Select(m => m.Number.Normalized));
        foreach (var m in all)
        {
            Assert.Equal(m.Original, body.Substring(m.Index, m.Length));
        }
        Assert.Equal(["国办发〔2018〕37号", "国办发〔2017〕47号", "国务院令第711号", "示府办发〔2023〕5号", "示府发〔2018〕5号"], DocumentNumberParser.FindDistinct(body));
    }

    [Theory]
    [InlineData("市政府印发了示府办发〔2023〕5号文件", "示府办发〔2023〕5号")]
    [InlineData("按照示发改规〔2024〕1号执行", "示发改规〔2024〕1号")]
    [InlineData("详见北京市人民政府令第277号。", "北京市人民政府令第277号")]
    [InlineData("示府发〔2021〕3号和示府发〔2021〕4号", "示府发〔2021〕3号")]
    public void Trims_running_text_before_a_cited_number(string text, string first)
    {
        Assert.Equal(first, DocumentNumberParser.FindAll(text)[0].Number.Normalized);
    }

    [Fact]
    public void Finds_nothing_in_text_without_numbers()
    {
        Assert.Empty(DocumentNumberParser.FindAll("本办法自2024年1月1日起施行，有效期5年。第12条另有规定的除外。"));
        Assert.Empty(DocumentNumberParser.FindAll(null));
    }

    private static readonly Gen<string> Agency = Gen.String[Gen.Char["京政办发国府示卫健市委改规医教人社财"], 1, 8]
        .Where(a => !a.EndsWith('令') && !a.EndsWith("公告", StringComparison.Ordinal));

    [Fact]
    public void Property_every_variant_normalizes_to_the_canonical_form()
    {
        var open = "〔[(【［（";
        var close = "〕])】］）";
        Gen.Select(Agency, Gen.Int[1949, 2100], Gen.Int[1, 999_999], Gen.Int[0, 5], Gen.Bool, Gen.Int[0, 2], Gen.Bool, Gen.Bool)
            .Sample((agency, year, seq, bracket, fullWidth, zeros, di, spaces) =>
            {
                var y = year.ToString();
                var s = new string('0', Math.Min(zeros, 6 - seq.ToString().Length)) + seq;
                if (fullWidth)
                {
                    y = new string(y.Select(c => (char)(c + 0xFEE0)).ToArray());
                    s = new string(s.Select(c => (char)(c + 0xFEE0)).ToArray());
                }
                var sp = spaces ? " " : "";
                var text = $"{agency}{sp}{open[bracket]}{y}{close[bracket]}{sp}{(di ? "第" : "")}{s}号";
                var parsed = DocumentNumber.Parse(text);
                var canonical = $"{agency}〔{year}〕{seq}号";
                Assert.Equal(canonical, parsed.Normalized);
                Assert.Equal(parsed, DocumentNumber.Parse(parsed.Normalized));
                Assert.Empty(DocumentNumberParser.Parse(canonical).Warnings);
            });
    }

    [Fact]
    public void Property_finding_in_text_recovers_every_inserted_number()
    {
        Gen.Select(Agency, Gen.Int[1990, 2030], Gen.Int[1, 9999]).List[1, 5]
            .Sample(list =>
            {
                var numbers = list.Select(t => $"{t.Item1}〔{t.Item2}〕{t.Item3}号").ToList();
                var text = string.Join("，", numbers.Select(n => $"（{n}）"));
                Assert.Equal(numbers, DocumentNumberParser.FindAll(text).Select(m => m.Number.Normalized));
            });
    }

    [Fact]
    public void Property_parser_never_throws_on_arbitrary_text()
    {
        Gen.String[Gen.Char["京政〔〕[]()0123456789号第令年 \u0000\uFF10"], 0, 80].Sample(s =>
        {
            var r = DocumentNumberParser.Parse(s);
            Assert.True(r.IsValid ^ (r.Error is not null));
            _ = DocumentNumberParser.FindAll(s);
        });
    }
}

public class DocumentNumberAgencyEdgeTests
{
    [Theory]
    [InlineData("根据合政发〔2020〕1号", "合政发〔2020〕1号")]   // 合肥: 合 starts the code
    [InlineData("结合示府办发〔2023〕5号", "示府办发〔2023〕5号")]
    [InlineData("再次引用国办发〔2018〕37号", "国办发〔2018〕37号")]
    [InlineData("合政发〔2020〕1号", "合政发〔2020〕1号")]
    public void Keeps_agency_codes_that_start_with_a_breaker_character(string text, string expected) =>
        Assert.Equal(expected, DocumentNumberParser.FindAll(text)[0].Number.Normalized);
}
