using GovOpen.Core.Documents;

namespace GovOpen.Import.Tests;

/// <summary>
/// The front-matter layouts issue 13 lists (joint red headers, a title that ends in 文件, spaced-out titles, web
/// artefacts in the signature, a rule's promulgation line under its title). The texts are fictional (示例市) and
/// reproduce the layouts, not any real document.
/// </summary>
public sealed class LayoutTests
{
    private static ExtractionResult Read(params string[] lines)
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadPasted(string.Join("\n", lines)));
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        return r;
    }

    [Fact]
    public void Joint_red_header_with_agency_lines_above_one_文件()
    {
        var r = Read("示例市人民政府", "示例市财政局文件", "示府发〔2026〕12号", "关于进一步做好几项工作的", "通知", "各区人民政府：", "现将有关事项通知如下。",
            "示例市人民政府　　示例市财政局", "2026年3月2日");
        Assert.Equal("示例市人民政府、示例市财政局", r.IssuerMark!.Value);
        Assert.Equal("示府发〔2026〕12号", r.DocumentNumber!.Value);
        Assert.Equal("关于进一步做好几项工作的通知", r.Title!.Value);
        Assert.Equal(["示例市人民政府", "示例市财政局"], r.Issuers!.Value);
    }

    [Fact]
    public void Joint_red_header_with_文件_on_every_line_and_a_title_that_ends_in_文件()
    {
        var r = Read("示例市人民政府文件", "示例市财政局文件", "示府发〔2026〕12号", "关于进一步规范行政规范性文件", "制定和备案工作的通知", "各区人民政府：",
            "现将有关事项通知如下。");
        Assert.Equal("示例市人民政府、示例市财政局", r.IssuerMark!.Value);
        Assert.Equal("示府发〔2026〕12号", r.DocumentNumber!.Value);
        Assert.Equal("关于进一步规范行政规范性文件制定和备案工作的通知", r.Title!.Value);
        Assert.Equal(["示例市人民政府", "示例市财政局"], r.Issuers!.Value); // from the header: no signature block
    }

    [Theory]
    [InlineData("示例市人民政府办公室文件", "示府办发〔2026〕3号", "关 于 加 强 管 理 几 个 问 题 的 通 知")]
    [InlineData("关 于 加 强 管 理 几 个 问 题 的 通 知", "示府办发〔2026〕3号", "")]
    public void Spaced_out_titles(string first, string second, string third)
    {
        var r = Read(new[] { first, second, third, "各区人民政府：", "现就有关问题通知如下。", "示例市人民政府办公室", "2026年4月1日" }.Where(l => l.Length > 0).ToArray());
        Assert.Equal("关于加强管理几个问题的通知", r.Title!.Value);
        Assert.Equal("示府办发〔2026〕3号", r.DocumentNumber!.Value);
    }

    [Fact]
    public void Nbsp_remnants_in_the_signature_line()
    {
        var r = Read("示例市人民政府办公室文件", "示府办发〔2026〕3号", "关于加强管理的通知", "各区人民政府：", "现就有关问题通知如下。",
            "示例市人民政府办公室&nbsp;&nbsp;", "2026年4月1日&nbsp;", "（此件公开发布&#65289;");
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2026, 4, 1), r.SignedDate!.Value);
        Assert.NotNull(r.Disclosure);
        Assert.DoesNotContain(r.Texts(), t => t.Contains("&nbsp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022年4月14日示例市人民政府令第56号公布", "示例市人民政府令第56号", "2022-04-14")]
    [InlineData("（2019年4月14日示例市人民政府令第16号公布　根据2024年1月2日示例市人民政府令第60号修订）", "示例市人民政府令第16号", "2019-04-14")]
    [InlineData("2021年12月30日示例市市场监督管理局令第5号发布", "示例市市场监督管理局令第5号", "2021-12-30")]
    public void A_rules_promulgation_line_names_its_decree_issuer_and_date(string promulgation, string number, string date)
    {
        var r = Read("示例市数据管理办法", promulgation, "第一条 为了加强管理，制定本办法。", "第二条 本办法自2022年6月1日起施行。");
        Assert.Equal("示例市数据管理办法", r.Title!.Value);
        Assert.Equal(number, r.DocumentNumber!.Value);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), r.SignedDate!.Value);
        Assert.Equal(number[..number.IndexOf('令')], Assert.Single(r.Issuers!.Value));
        Assert.Equal(2, r.Body.Count); // the articles, not the promulgation line
    }

    [Fact]
    public void A_document_with_its_own_number_keeps_the_promulgation_line_as_a_note_only()
    {
        var r = Read("示例市人民政府令", "第35号", "《示例市数据管理办法》已经市人民政府常务会议通过，现予公布，自2026年6月1日起施行。", "市长 张三", "2026年5月6日",
            "示例市数据管理办法", "（2026年5月6日示例市人民政府令第35号公布）", "第一条 为了加强管理，制定本办法。");
        Assert.Equal("示例市人民政府令第35号", r.DocumentNumber!.Value);
        Assert.Equal(new DateOnly(2026, 5, 6), r.SignedDate!.Value);
    }

    [Theory]
    [InlineData("1．", "2．")]
    [InlineData("1.", "2.")]
    [InlineData("1、", "2、")]
    [InlineData("（1）", "（2）")]
    [InlineData("(1)", "(2)")]
    [InlineData("1）", "2）")]
    [InlineData("一、", "二、")]
    [InlineData("①", "②")]
    public void Attachment_description_lists_in_any_numbering(string one, string two)
    {
        var r = Read("示例市人民政府办公室文件", "示府办发〔2026〕3号", "关于加强管理的通知", "各区人民政府：", "现将有关事项通知如下。",
            $"附件：{one}工作方案", $"{two}任务分工表", "示例市人民政府办公室", "2026年4月1日");
        Assert.Equal(["工作方案", "任务分工表"], r.Attachments!.Value);
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value);
        Assert.DoesNotContain(r.Body, b => b.Text.Contains("分工表", StringComparison.Ordinal));
    }

    [Fact]
    public void Attachments_printed_in_full_after_the_signature_are_the_attachments_text()
    {
        var r = Read("示例市人民政府办公室文件", "示府办发〔2026〕3号", "关于加强管理的通知", "各区人民政府：", "现将有关事项通知如下。",
            "附件：1．工作方案", "2．任务分工表", "示例市人民政府办公室", "2026年4月1日", "（此件公开发布）",
            "附件1", "示例市加强管理工作方案", "一、总体要求", "坚持依法管理。", "附件2：任务分工表", "序号 任务 责任单位", "1 建立制度 市司法局");
        Assert.Equal(["现将有关事项通知如下。"], r.Body.Select(b => b.Text));
        Assert.Equal(2, r.AttachmentTexts.Count);
        var first = r.AttachmentTexts[0];
        Assert.Equal(("附件1", "示例市加强管理工作方案"), (first.Label, first.Title));
        Assert.Equal(["一、总体要求", "坚持依法管理。"], first.Paragraphs.Select(p => p.Text));
        var second = r.AttachmentTexts[1];
        Assert.Equal(("附件2：", "任务分工表"), (second.Label, second.Title));
        Assert.Equal(2, second.Paragraphs.Count);
        Assert.DoesNotContain(r.Warnings, w => w.Code == "kept-after-signature");
        var html = Importer.BodyHtml(r);
        Assert.Contains("<h3>附件1　示例市加强管理工作方案</h3><h4>一、总体要求</h4><p>坚持依法管理。</p>", html);
        Assert.Equal("任务分工表", r.ToJson()["attachmentTexts"]![1]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true, "示例市教育局", "关于市政协十届三次会议第0123号提案", "的答复")]
    [InlineData(true, "示例市人民政府办公室", "关于同意示例区调整", "部分行政区划的", "复函")]
    [InlineData(false, "示例市人民政府办公室", "关于同意示例区调整", "部分行政区划的", "复函")]
    [InlineData(false, "示例市人民政府关于同意设立示例市", "示例开发区的批复")]
    public void Reply_titles_over_several_lines_above_or_below_the_number(bool aboveNumber, params string[] titleLines)
    {
        const string number = "示府办函〔2026〕21号";
        var front = aboveNumber ? titleLines.Append(number) : titleLines.Prepend(number);
        var r = Read(front.Concat(["示例区人民政府：", "你区请示收悉。经研究，同意。", "示例市人民政府办公室", "2026年7月1日"]).ToArray());
        Assert.Equal(string.Concat(titleLines), r.Title!.Value);
        Assert.Equal(number, r.DocumentNumber!.Value);
        Assert.Equal("示例区人民政府", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_field_read_over_several_lines_holds_all_of_them_and_nothing_is_kept_twice()
    {
        var r = Read("示例市人民政府文件", "示例市财政局文件", "示府发〔2026〕12号", "关于进一步规范行政规范性文件", "制定和备案工作的通知", "各区人民政府：",
            "现将有关事项通知如下。");
        Assert.Empty(r.Notes); // the header's and the title's second lines are the fields', not notes as well
        Assert.Equal(["现将有关事项通知如下。"], r.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_decree_signed_by_its_head_carries_the_rule_it_promulgates()
    {
        var r = Read("示例市人民政府令", "第35号", "《示例市数据管理办法》已经2026年4月20日市人民政府第12次常务会议通过，现予公布，自2026年6月1日起施行。", "市长 张三",
            "2026年5月6日", "示例市数据管理办法", "（2026年5月6日示例市人民政府令第35号公布）", "第一章 总则", "第一条 为了加强数据管理，制定本办法。",
            "第二条 《示例市数据暂行办法》（示例市人民政府令第8号）同时废止。");
        Assert.Equal("示例市人民政府令第35号", r.DocumentNumber!.Value);
        Assert.Equal("市长 张三", r.Signatory!.Value);
        Assert.Equal(new DateOnly(2026, 5, 6), r.SignedDate!.Value);
        Assert.Equal(["示例市人民政府"], r.Issuers!.Value);
        Assert.Equal("示例市数据管理办法", r.AttachedTitle!.Value);
        Assert.Empty(r.Notes); // 第35号 belongs to the number
        Assert.DoesNotContain(r.Body, b => b.Text == "市长 张三");
        Assert.Contains(r.Body, b => b.Text == "第一章 总则" && b.Level == 1);
        Assert.DoesNotContain(r.Warnings, w => w.Code == "kept-after-signature"); // a decree's rule is expected there
        Assert.Equal("示例市人民政府令第8号", Assert.Single(r.Decides).TargetDocumentNumber);
    }

    [Fact]
    public void A_decree_copied_with_the_office_alone_and_a_year_written_with_Latin_O()
    {
        // Legal databases drop the head's name (省长) and type the zeros of a Han year as the letter O.
        var r = Read("示例省人民政府令", "第15号", "《示例省人工造雪管理规定》已经二OO六年十二月十四日省政府第76次常务会议通过，现予公布，自2007年2月1日起施行。", "省长",
            "二OO六年十二月二十五日", "示例省人工造雪管理规定", "第一条 为加强人工造雪管理，制定本规定。");
        Assert.Equal("省长", r.Signatory!.Value);
        Assert.Equal(new DateOnly(2006, 12, 25), r.SignedDate!.Value);
        Assert.Equal(["示例省人民政府"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2007, 2, 1), r.EffectiveDate);
        Assert.DoesNotContain(r.Body, b => b.Text == "省长");
    }
}
