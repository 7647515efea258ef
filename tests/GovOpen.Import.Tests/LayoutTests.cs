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

    // Text copied from web pages and legal databases (layouts seen on real copies; the texts here are fictional).

    [Fact]
    public void A_legal_database_copy_reads_the_last_copy_of_the_title_and_keeps_the_page_as_notes()
    {
        var r = Read("您的位置: 首页 » 示例资料网 » 法律法规 »", "示例市人民政府关于印发示例市停车管理办法的通知",
            "时间:2024-07-04 20:24:12 来源: 示例资料网 作者:示例资料网 阅读:9136", "下载地址: 点击此处下载", "示例市人民政府关于印发示例市停车管理办法的通知",
            "示例省示例市人民政府", "示例市人民政府关于印发示例市停车管理办法的通知", "示政〔2006〕48号", "各县(市、区)人民政府,市人民政府有关部门:",
            "现将《示例市停车管理办法》印发给你们,请遵照执行。", "二OO六年十一月十三日", "示例市停车管理办法", "第一条 为加强停车管理,制定本办法。");
        Assert.Equal("示例市人民政府关于印发示例市停车管理办法的通知", r.Title!.Value);
        Assert.Equal("示政〔2006〕48号", r.DocumentNumber!.Value);
        Assert.Equal("示例省示例市人民政府", r.IssuerMark!.Value);
        Assert.Equal(new DateOnly(2006, 11, 13), r.SignedDate!.Value);
        Assert.Equal("各县(市、区)人民政府,市人民政府有关部门", r.MainRecipients!.Value);
        Assert.Equal("示例市停车管理办法", r.AttachedTitle!.Value);
        Assert.Contains(r.Notes, n => n.Text.StartsWith("您的位置", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.Text.StartsWith("时间:2024", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Body, b => b.Text.Contains("下载地址", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_page_copy_drops_the_pages_heading_counters_and_buttons()
    {
        var r = Read("返回首页", "示政发〔2014〕20号《示例市人民政府关于深化预算管理改革的实施意见》", "浏览量:          时间:2016-01-17 23:45:19",
            "示例市人民政府关于深化预算管理改革的实施意见", "示政发〔2014〕20号", "各区人民政府,市政府各部门:", "现提出如下意见。", "示例市人民政府", "2014年12月30日");
        Assert.Equal("示例市人民政府关于深化预算管理改革的实施意见", r.Title!.Value);
        Assert.Equal("示政发〔2014〕20号", r.DocumentNumber!.Value);
        Assert.Equal("各区人民政府,市政府各部门", r.MainRecipients!.Value);
        Assert.Equal(["现提出如下意见。"], r.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_pages_counters_ending_in_a_colon_are_not_the_recipients_and_a_number_in_brackets_after_the_title_is_the_number()
    {
        var r = Read("当前位置: 首页 > 政务公开 > 政策法规", "示例市人民政府办公室关于加强示例工作的通知(示办发〔2017〕2号)",
            "来源:示例市政府门户网 日期:2017-01-12 17:08 字号:【", "视力保护色:", "浏览量:", "各区人民政府,市直各单位:", "现就有关事项通知如下。",
            "示例市人民政府办公室", "2017年1月10日");
        Assert.Equal("示例市人民政府办公室关于加强示例工作的通知", r.Title!.Value);
        Assert.Equal("示办发〔2017〕2号", r.DocumentNumber!.Value);
        Assert.Equal("各区人民政府,市直各单位", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_number_set_in_brackets_under_the_title_is_the_number_and_the_title_stays()
    {
        var r = Read("关于印发示例市政务公开工作细则的通知", "( 示府发〔2003〕37号 )", "市政府各部门,市直各单位:", "现将《示例市政务公开工作细则》印发给你们,请遵照执行。",
            "示例市人民政府", "2003年12月4日");
        Assert.Equal("关于印发示例市政务公开工作细则的通知", r.Title!.Value);
        Assert.Equal("示府发〔2003〕37号", r.DocumentNumber!.Value);
    }

    [Fact]
    public void A_pages_metadata_block_fills_what_the_document_does_not_show()
    {
        var r = Read("返回顶部", "示例县人民政府工作规则", "  • 索引号:", "    6107280000/2024-001005", "  • 主题分类:", "  • 发文机构:", "    示例县人民政府",
            "  • 发文字号:", "    示政发〔2024〕7号", "  • 成文日期:", "    2024年04月06日 16:40", "  • 发布日期:", "    2024-04-08", "示例县人民政府工作规则", "第一章总则",
            "一、根据有关规定，制定本规则。");
        Assert.Equal("示例县人民政府工作规则", r.Title!.Value);
        Assert.Equal("示政发〔2024〕7号", r.DocumentNumber!.Value);
        Assert.Equal(["示例县人民政府"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2024, 4, 6), r.SignedDate!.Value);
        Assert.Equal("6107280000/2024-001005", r.PageMetadata["索引号"]);
        Assert.Contains(r.Body, b => b.Text == "第一章总则" && b.Level == 1);
        Assert.Null(r.MainRecipients);
    }

    [Fact]
    public void A_metadata_value_that_is_not_an_agency_is_not_the_issuer()
    {
        var r = Read("发文机构:示例县政府网站", "发文字号示交发〔2021〕63号", "示例工作规则", "第一条 根据有关规定，制定本规则。");
        Assert.Null(r.Issuers);
        Assert.Equal("示交发〔2021〕63号", r.DocumentNumber!.Value); // the label glued to its value
    }

    [Fact]
    public void Lines_the_page_left_above_the_title_do_not_join_it()
    {
        var r = Read("示例规范性文件 > 正文阅览", "转第", "下载", "页面宽度(px):", "示例市人民政府关于印发《示例市人民政府工作规则》的通知(2019修订)",
            "示例市人民政府关于印发《示例市人民政府工作规则》的通知", "各区人民政府,市政府各部门:", "新修订的《示例市人民政府工作规则》已经市政府常务会议通过。",
            "示例市人民政府", "2019年11月29日");
        Assert.Equal("示例市人民政府关于印发《示例市人民政府工作规则》的通知", r.Title!.Value);
        Assert.Equal("各区人民政府,市政府各部门", r.MainRecipients!.Value);
    }

    [Theory]
    [InlineData("市长张三", "《示例市应急办法》已经2003年9月29日市政府常务会议通过,现予公布,自2003年11月1日起施行。")]
    [InlineData("市长: 张 三", "《示例市应急办法》已经2003年9月29日市政府常务会议通过,现予发布施行。")]
    [InlineData("示例市市长 张三", "现发布《示例市应急办法》,自发布之日起施行。")]
    public void Decree_signatures_and_announcements_as_they_are_copied(string signatory, string announcement)
    {
        var r = Read("示例市人民政府令", "第77号", announcement, signatory, "2003年10月15日", "示例市应急办法", "第一条 为了应对突发事件，制定本办法。");
        Assert.Equal("示例市应急办法", r.Title!.Value);
        Assert.Equal(signatory, r.Signatory!.Value);
        Assert.Equal(new DateOnly(2003, 10, 15), r.SignedDate!.Value);
        Assert.Equal("示例市应急办法", r.AttachedTitle!.Value);
    }

    [Fact]
    public void A_decree_announcement_broken_over_two_lines_is_not_the_title()
    {
        var r = Read("示例市人民政府令", "第77号", "《示例市应急办法》已经2003年9月29日市政", "府常务会议研究通过,现予公布。", "市长 张三", "2003年10月15日", "示例市应急办法",
            "第一条 为了应对突发事件，制定本办法。");
        Assert.Equal("示例市应急办法", r.Title!.Value);
        Assert.Equal("示例市应急办法", r.AttachedTitle!.Value);
    }

    [Theory]
    [InlineData("1990年3月10日,示例部", "示例部", "1990-03-10")]
    [InlineData("示例部 1990年3月10日", "示例部", "1990-03-10")]
    [InlineData("示例市人民政府", "示例市人民政府", null)]
    public void A_rules_agency_under_its_title_is_its_issuer(string line, string agency, string? date)
    {
        var r = Read("示例货物运输证管理办法", line, "第1条 为了加强运输管理,特制定本办法。", "第2条 本办法适用于示例运输。");
        Assert.Equal("示例货物运输证管理办法", r.Title!.Value);
        Assert.Equal([agency], r.Issuers!.Value);
        Assert.Equal(date, r.SignedDate is null ? null : GovOpen.Core.Text.IsoDate.Format(r.SignedDate.Value));
        Assert.DoesNotContain(r.Body, b => b.Text == line);
    }

    [Fact]
    public void Recipients_ending_in_a_semicolon()
    {
        var r = Read("示例市人民政府办公室关于印发《示例市统计制度》的通知", "示政办发〔2008〕122号", "各县市区人民政府,市人民政府各工作部门、直属机构;",
            "《示例市统计制度》已经市政府研究同意,现印发你们,请认真贯彻执行。", "示例市人民政府办公室", "2008年9月7日");
        Assert.Equal("各县市区人民政府,市人民政府各工作部门、直属机构", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_numbered_abolition_list_and_a_catalogue_in_an_attachment_are_what_the_document_decides()
    {
        var listed = Read("示例市人民政府关于废止部分规范性文件的决定", "示政发〔2019〕8号", "各区人民政府,市政府各部门:", "经清理,市政府决定废止以下规范性文件:",
            "1.《示例市停车场管理暂行办法》(示政发〔2010〕5号)", "2.《示例市市场管理办法》(示政发〔2011〕7号)", "本决定自公布之日起施行。", "示例市人民政府", "2019年5月6日");
        Assert.Equal(["示政发〔2010〕5号", "示政发〔2011〕7号"], listed.Decides.Select(d => d.TargetDocumentNumber));

        var decree = Read("示例市人民政府令", "第48号", "《示例市人民政府关于废止部分规范性文件的决定》已经2008年9月24日市政府常务会议通过,现予公布,自公布之日起施行。",
            "市长 张三", "2008年10月13日", "示例市人民政府关于废止部分规范性文件的决定", "经过清理,市政府决定:对2件文件予以废止。(目录见附件1)", "本决定自公布之日起生效。",
            "附件1:示例市人民政府决定废止的规范性文件目录", "序号 文件名称 发布机关及文号", "1 关于城市规划管理的通知 示市府发〔2000〕65号", "2 关于市场建设的通知 示市府发〔2000〕71号");
        Assert.Equal(["示市府发〔2000〕65号", "示市府发〔2000〕71号"], decree.Decides.Select(d => d.TargetDocumentNumber));
        Assert.DoesNotContain(decree.Decides, d => d.TargetTitle == "示例市人民政府关于废止部分规范性文件的决定"); // its own title is no target
    }

    [Fact]
    public void The_number_printed_between_the_copies_of_the_title_is_the_documents()
    {
        var r = Read("示例市人民政府关于印发示例办法的通知", "示例省示例市人民政府", "示政发〔2020〕6号", "示例市人民政府关于印发示例办法的通知", "各区人民政府:",
            "现将《示例办法》印发给你们。", "二〇二〇年三月二日");
        Assert.Equal("示政发〔2020〕6号", r.DocumentNumber!.Value);
        Assert.Equal("示例市人民政府关于印发示例办法的通知", r.Title!.Value);
        Assert.Equal("各区人民政府", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_page_headed_with_the_carried_rules_name_reads_the_notices_own_title()
    {
        var r = Read("示例市停车管理办法", "示例市停车管理办法", "示例省示例市人民政府办公室", "关于印发示例市停车管理办法的通知", "( 示府办发〔2003〕37号 )", "市政府各部门:",
            "现将《示例市停车管理办法》印发给你们。", "二〇〇三年十二月四日");
        Assert.Equal("关于印发示例市停车管理办法的通知", r.Title!.Value);
        Assert.Equal("示府办发〔2003〕37号", r.DocumentNumber!.Value);
        Assert.Equal("示例省示例市人民政府办公室", r.IssuerMark!.Value);
    }

    [Fact]
    public void A_rules_date_and_agency_line_is_read_under_the_last_copy_of_its_title()
    {
        var r = Read("示例市市场管理规定", "示例市人民政府", "示例市市场管理规定", "1990年3月10日,示例市人民政府", "第一条 为了加强管理，制定本规定。");
        Assert.Equal("示例市市场管理规定", r.Title!.Value);
        Assert.Equal(new DateOnly(1990, 3, 10), r.SignedDate!.Value);
        Assert.Equal(["示例市人民政府"], r.Issuers!.Value);
        Assert.Equal(["第一条 为了加强管理，制定本规定。"], r.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_heading_above_the_number_is_the_pages_when_the_title_stands_below_it()
    {
        var r = Read("示例市公文规定、格式细则", "示政办发〔2020〕6号", "示例市人民政府办公室关于", "印发《示例规定》的通知", "各区人民政府:", "现将《示例规定》印发给你们。",
            "示例市人民政府办公室", "2020年2月27日");
        Assert.Equal("示例市人民政府办公室关于印发《示例规定》的通知", r.Title!.Value);
        Assert.Equal("各区人民政府", r.MainRecipients!.Value);
    }

    [Fact]
    public void Metadata_labels_glued_to_their_values_and_the_recipients_after_them()
    {
        var r = Read("发文机关中共示例市交通运输局党组", "发文日期2021年12月21日", "时效性现行有效", "发文字号示交发〔2021〕63号", "效力级别地方规范性文件",
            "局直各单位,局机关各处室:", "现将《示例实施意见》印发给你们。", "中共示例市交通运输局党组", "2021年12月21日");
        Assert.Equal("示交发〔2021〕63号", r.DocumentNumber!.Value);
        Assert.Equal("局直各单位,局机关各处室", r.MainRecipients!.Value);
        Assert.Equal("现行有效", r.PageMetadata["时效性"]);
        Assert.Equal(["现将《示例实施意见》印发给你们。"], r.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_one_line_decree_heading_with_its_term_in_brackets()
    {
        var r = Read("示例省人民政府令（十届第37号）", "《示例省应急办法》已经2000年10月31日省政府常务会议通过，现予公布，自2001年1月1日起施行。", "省长 张三", "2000年10月31日",
            "示例省应急办法", "第一条 为了应对突发事件，制定本办法。");
        Assert.Equal("示例省人民政府令第37号", r.DocumentNumber!.Value);
        Assert.Equal("示例省应急办法", r.Title!.Value);
        Assert.Equal(["示例省人民政府"], r.Issuers!.Value);
    }

    // Layouts of a second set of real copies, from government sites and news pages (fictional texts).

    [Fact]
    public void A_pages_summary_and_its_links_to_numbers_do_not_join_the_title()
    {
        var r = Read("当前位置:首页 > 二级导航 > 正文", "示例市重要文件 示函〔2024〕50~70号,94、101号", "时间:2024-12-29 16:17 来源: 编辑:admin", "核心提示",
            "示例市人民政府关于同意设立示例植物园的批复 示函〔2024〕50号示例区人民政府:示例区人民政府《关于申请设立示例植物园的请示》...",
            "示例市人民政府关于同意设立示例植物园的批复", "示函〔2024〕50号", "示例区人民政府:", "示例区人民政府《关于申请设立示例植物园的请示》收悉。现批复如下:");
        Assert.Equal("示例市人民政府关于同意设立示例植物园的批复", r.Title!.Value);
        Assert.Equal("示函〔2024〕50号", r.DocumentNumber!.Value);
        Assert.Equal("示例区人民政府", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_news_headline_and_its_date_line_do_not_join_a_title_over_two_lines()
    {
        var r = Read("示例总局:启用示例专用章 用于抽检", "2024年02月28日 12:08 示例总局", "  示例市场监督管理总局办公厅", "  关于启用示例专用章的通知", "  各省、自治区、直辖市市场监管局:",
            "  自2024年3月1日起,启用“示例专用章”。", "  示例市场监管总局办公厅", "  2024年2月27日");
        Assert.Equal("示例市场监督管理总局办公厅关于启用示例专用章的通知", r.Title!.Value);
        Assert.Equal("各省、自治区、直辖市市场监管局", r.MainRecipients!.Value);
        Assert.Equal(new DateOnly(2024, 2, 27), r.SignedDate!.Value);
    }

    [Fact]
    public void A_title_printed_as_a_citation_and_a_number_printed_twice()
    {
        var r = Read("示政办发〔2024〕26号《示例市人民政府办公厅关于印发〈示例市2024年政务公开工作要点〉的通知》", "《示例市人民政府办公厅关于印发〈示例市2024年政务公开工作要点〉的通知》",
            "示政办发〔2024〕26号", "示政办发〔2024〕26号", "各区人民政府,市政府各委、办、局:", "《示例市2024年政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻落实。",
            "示例市人民政府办公厅", "2024年5月28日");
        Assert.Equal("示例市人民政府办公厅关于印发〈示例市2024年政务公开工作要点〉的通知", r.Title!.Value);
        Assert.Equal("示政办发〔2024〕26号", r.DocumentNumber!.Value);
        Assert.Equal("各区人民政府,市政府各委、办、局", r.MainRecipients!.Value);
    }

    [Fact]
    public void A_spaced_genre_word_and_a_click_counter_line()
    {
        var r = Read("示例县人民政府办公室 关于推进政务信息资源共享工作的 通 知", "时间:2024年06月17日 点击次数:286", "示政办〔2024〕26号", "各乡(镇)人民政府,县政府各部门:",
            "为推进政务数据共享,现就有关工作要求通知如下:");
        Assert.Equal("示例县人民政府办公室关于推进政务信息资源共享工作的通知", r.Title!.Value);
        Assert.Equal("示政办〔2024〕26号", r.DocumentNumber!.Value);
    }

    [Fact]
    public void A_long_joint_title_printed_three_times()
    {
        const string title = "示例市发展和改革委员会 示例市规划和自然资源局 示例市住房和城乡建设局 关于印发示例市社区嵌入式服务设施建设工程实施方案的通知";
        var r = Read(title, title + " 各区县政府,市级有关部门…", title, "各区县政府,市级有关部门,有关单位:", "经市领导同意,现将《示例市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实。");
        Assert.Equal(title.Replace(" ", ""), r.Title!.Value);
        Assert.Equal("各区县政府,市级有关部门,有关单位", r.MainRecipients!.Value);
    }

    [Fact]
    public void Bracketed_metadata_of_a_legal_library_and_its_navigation_bullets()
    {
        var r = Read("  • 法律图书馆", "  • 示例省人民政府关于进一步实施示例条例的通知", "    2. 【标题】示例省人民政府关于进一步实施示例条例的通知", "    3. 【发文号】示政发〔2024〕26号",
            "    7. 【法规全文】", "    示例省人民政府关于进一步实施示例条例的通知", "    示政发〔2024〕26号", "    各市人民政府,省政府各部门:", "为进一步实施示例条例，现通知如下。");
        Assert.Equal("示例省人民政府关于进一步实施示例条例的通知", r.Title!.Value);
        Assert.Equal("示政发〔2024〕26号", r.DocumentNumber!.Value);
        Assert.Equal("各市人民政府,省政府各部门", r.MainRecipients!.Value);
        Assert.Equal("示政发〔2024〕26号", r.PageMetadata["发文字号"]);
    }

    [Fact]
    public void Traditional_characters_in_the_genre_word_and_the_signature()
    {
        var r = Read("省人民政府关于", "进一步优化示例营商环境的若干意見", "示政发〔2024〕26号", "各市、州、县人民政府,省政府各部门:", "为优化营商环境,结合我省实际,提出如下意见。",
            "示例省人民政府辦公室", "2024年3月15日");
        Assert.Equal("省人民政府关于进一步优化示例营商环境的若干意見", r.Title!.Value);
        Assert.Equal(["示例省人民政府辦公室"], r.Issuers!.Value);
    }

    [Fact]
    public void Recipients_ending_in_a_ratio_colon_and_a_signature_with_the_date_on_its_line()
    {
        var r = Read("示例市人民政府关于宣布失效一批文件的决定", "示政发[2024]68号", "各区人民政府,市政府各部门∶", "经过清理,决定对已过适用期的89件文件宣布失效。",
            "示例市人民政府　2024年1月21日");
        Assert.Equal("各区人民政府,市政府各部门", r.MainRecipients!.Value);
        Assert.Equal(["示例市人民政府"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2024, 1, 21), r.SignedDate!.Value);
    }

    [Fact]
    public void Asking_for_comments_on_a_draft_revises_nothing()
    {
        var r = Read("示例市防汛抗旱指挥部办公室关于征求《示例市防汛应急预案(征求意见稿)》修改意见的函", "市直有关部门:",
            "为做好防汛减灾工作,市防汛办形成了《示例市防汛应急预案(征求意见稿)》，请提出修改意见。", "示例市防汛抗旱指挥部办公室", "2024年5月6日");
        Assert.Empty(r.Decides);
    }

    [Fact]
    public void A_breadcrumb_wrapped_over_two_lines_and_a_title_continued_by_its_bracketed_years()
    {
        var r = Read("当前位置: 首页", ">政务频道 >政务公开 >本局文件", "示例市卫生健康委关于印发 2024年全市卫生健康工作要点的通知", "  • 时间:2024-05-06 09:10:11",
            "示例卫健发〔2024〕3号", "示例市卫生健康委关于印发", "2024年全市卫生健康工作要点的通知", "各区县卫生健康局,委属各单位:", "现将工作要点印发给你们。");
        Assert.Equal("示例卫健发〔2024〕3号", r.DocumentNumber!.Value);
        Assert.Equal("示例市卫生健康委关于印发2024年全市卫生健康工作要点的通知", r.Title!.Value);

        var years = Read("关于印发示例市公共卫生体系建设三年行动计划", "(2024—2026年)的通知", "各县(市)、区人民政府,市人民政府各部门:",
            "《示例市公共卫生体系建设三年行动计划(2024—2026年)》已经市政府同意,现印发给你们。", "示例市人民政府办公室", "2024年12月25日");
        Assert.Equal("关于印发示例市公共卫生体系建设三年行动计划(2024—2026年)的通知", years.Title!.Value);
        Assert.Equal("各县(市)、区人民政府,市人民政府各部门", years.MainRecipients!.Value);
    }

    [Fact]
    public void A_decision_copied_without_its_decree_heading_takes_the_title_it_announces()
    {
        var r = Read("《示例省人民政府关于废止〈示例省信访规定〉等2件省政府规章的决定》已经2024年2月26日省政府第7次常务会议通过,现予公布,自公布之日起施行。", "省长 张三", "2024年4月15日",
            "示例省人民政府关于废止《示例省信访规定》等2件省政府规章的决定", "经过清理,省政府决定废止以下规章:", "一、示例省信访规定(省政府令第14号)。", "二、示例省安全生产规定(示政发〔1990〕9号)。");
        Assert.Equal("示例省人民政府关于废止〈示例省信访规定〉等2件省政府规章的决定", r.Title!.Value);
        Assert.Equal("省长 张三", r.Signatory!.Value);
        Assert.Contains(r.Decides, d => d.TargetDocumentNumber == "示政发〔1990〕9号");
    }

    [Fact]
    public void Pinyin_a_site_printed_after_converted_characters_is_taken_out_and_kept_as_a_note()
    {
        var r = Read("示例市人民政府辦公廳關(guān)于調(diào)整示例市最低工資標(biāo)準(zhǔn)的通知", "示政辦發(fā)〔2026〕9號",
            "各區(qū)人民政府：", "現(xiàn)將有關(guān)事項通知如下。", "示例市人民政府辦公廳", "2026年4月1日");
        Assert.Equal("示例市人民政府辦公廳關于調整示例市最低工資標準的通知", r.Title!.Value);
        Assert.Equal("示政辦發〔2026〕9号", r.DocumentNumber!.Value);
        Assert.Equal(new DateOnly(2026, 4, 1), r.SignedDate!.Value);
        Assert.Equal(["現將有關事項通知如下。"], r.Body.Select(b => b.Text));
        var note = Assert.Single(r.Notes, n => n.Text.Contains("(guān)", StringComparison.Ordinal));
        Assert.Contains("(xiàn)", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_reading_given_in_brackets_is_the_text_s_own()
    {
        var r = Read("示例市教育局关于规范汉字读音教学的通知", "各学校：", "“行(háng)业”一词按规范读音教学。", "示例市教育局", "2026年4月1日");
        Assert.Equal(["“行(háng)业”一词按规范读音教学。"], r.Body.Select(b => b.Text));
    }

    [Fact]
    public void A_notice_whose_paragraph_breaks_were_lost_is_cut_where_a_公文_starts_new_lines()
    {
        var r = Read("示例市人民政府办公室关于调整示例市最低工资标准的通知示政办发〔2026〕3号各区人民政府，市政府各部门：经市政府同意，现将调整最低工资标准有关事项通知如下。"
            + "一、调整标准。月最低工资标准调整为2500元。二、执行时间。本通知自2026年4月1日起执行，示政办发〔2024〕5号同时废止。示例市人民政府办公室2026年3月1日（此件公开发布）");
        Assert.Equal("示例市人民政府办公室关于调整示例市最低工资标准的通知", r.Title!.Value);
        Assert.Equal("示政办发〔2026〕3号", r.DocumentNumber!.Value);
        Assert.Equal("各区人民政府，市政府各部门", r.MainRecipients!.Value);
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2026, 3, 1), r.SignedDate!.Value);
        Assert.NotNull(r.Disclosure);
        Assert.Equal(["经市政府同意，现将调整最低工资标准有关事项通知如下。", "一、调整标准。月最低工资标准调整为2500元。", "二、执行时间。本通知自2026年4月1日起执行，示政办发〔2024〕5号同时废止。"],
            r.Body.Select(b => b.Text));
        Assert.Equal(1, r.Body[1].Level);
        Assert.Contains(r.Warnings, w => w.Code == "run-together");
        Assert.Contains(r.Decides, d => d.TargetDocumentNumber == "示政办发〔2024〕5号");
        Assert.Equal(new DateOnly(2026, 4, 1), r.EffectiveDate);
    }

    [Fact]
    public void A_run_together_notice_with_spaces_and_no_number()
    {
        var r = Read("示例市交通运输局关于做好春运工作的通知 各区交通运输局，局属各单位：为做好2026年春运工作，现将有关事项通知如下。（一）加强组织领导。各单位要高度重视。"
            + "（二）强化安全管理。各单位要落实责任。特此通知。 示例市交通运输局 2026年1月5日");
        Assert.Equal("示例市交通运输局关于做好春运工作的通知", r.Title!.Value);
        Assert.Null(r.DocumentNumber);
        Assert.Equal("各区交通运输局，局属各单位", r.MainRecipients!.Value);
        Assert.Equal(new DateOnly(2026, 1, 5), r.SignedDate!.Value);
        Assert.Equal(3, r.Body.Count);
    }

    [Fact]
    public void A_short_document_with_long_paragraphs_on_separate_lines_is_not_cut()
    {
        var r = Read("示例市人民政府关于加强管理的通知", "各区人民政府：",
            "为进一步加强管理，提高服务质量，现就有关事项通知如下。各区要高度重视，认真组织实施，确保各项措施落到实处。一、明确责任。二、加强督查。各区要按时报送工作进展情况，市政府将适时组织检查。",
            "示例市人民政府", "2026年4月1日");
        Assert.DoesNotContain(r.Warnings, w => w.Code == "run-together");
        Assert.Single(r.Body);
    }

    [Theory]
    [InlineData("各区人民政府，市政府各委、办、局，各直属机构", "各区人民政府，市政府各委、办、局，各直属机构")]
    [InlineData("各区县人民政府 市级各部门", "各区县人民政府 市级各部门")]
    public void Recipients_whose_colon_was_lost(string line, string expected)
    {
        var r = Read("示例市人民政府关于加强管理的通知", "示政发〔2026〕8号", line, "现就加强管理有关事项通知如下。", "示例市人民政府", "2026年4月1日");
        Assert.Equal(expected, r.MainRecipients!.Value);
        Assert.Equal(["现就加强管理有关事项通知如下。"], r.Body.Select(b => b.Text));
    }

    [Theory]
    [InlineData("各单位要高度重视，认真组织实施")]  // a sentence that starts with 各
    [InlineData("各区人民政府要加强组织领导")]
    public void A_first_sentence_that_starts_with_各_is_not_the_recipients(string line)
    {
        var r = Read("示例市人民政府关于加强管理的通知", line, "现就有关事项通知如下。", "示例市人民政府", "2026年4月1日");
        Assert.Null(r.MainRecipients);
        Assert.Equal(line, r.Body[0].Text);
    }
}
