using CsCheck;
using GovOpen.Import;

namespace GovOpen.Import.Tests;

/// <summary>Never lose a word: every character of the source is somewhere in the result.</summary>
public sealed class TextPreservationTests
{
    private static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(FixtureDir, "*.txt").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_keeps_all_of_its_text(string name)
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadFile(Path.Combine(FixtureDir, name + ".txt")));
        Assert.True(r.Account.KeepsEverything, $"{name}: {r.Account.Summary}");
        Assert.True(r.Account.SourceCharacters > 50);
    }

    /// <summary>Extracts the lines as a text file and asserts that every character of them is kept.</summary>
    private static ExtractionResult Kept(string name, params string[] lines)
    {
        var r = DocumentExtractor.Extract(SourceReader.Read(name, System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        return r;
    }

    [Fact]
    public void A_decree_keeps_the_regulation_it_promulgates_after_the_signature()
    {
        var text = string.Join("\n",
            "示例市人民政府令",
            "第12号",
            "《示例市公共数据管理办法》已经2026年3月2日市人民政府第8次常务会议通过，现予公布，自2026年5月1日起施行。",
            "市长 张三",
            "2026年3月10日",
            "示例市公共数据管理办法",
            "（2026年3月10日示例市人民政府令第12号公布）",
            "第一章 总则",
            "第一条 为了规范公共数据管理，根据有关法律、法规，结合本市实际，制定本办法。",
            "第二条 本市行政区域内公共数据的收集、共享和开放，适用本办法。",
            "第三十条 本办法自2026年5月1日起施行。2015年4月10日发布的《示例市政府信息资源共享管理办法》同时废止。");
        var r = DocumentExtractor.Extract(SourceReader.Read("decree.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        var body = string.Join("\n", r.Body.Select(b => b.Text));
        Assert.Contains("第二条 本市行政区域内公共数据的收集", body);
        Assert.Contains("同时废止", body);
        Assert.Contains(r.CitedTitles, t => t.Contains("示例市政府信息资源共享管理办法"));

        // What it decides: its own force, and the abolition it carries — from the regulation's text after the signature.
        Assert.Equal(new DateOnly(2026, 5, 1), r.EffectiveDate);
        var abolition = Assert.Single(r.Decides);
        Assert.Equal(("示例市政府信息资源共享管理办法", GovOpen.Core.Validity.ValidityEventKind.Abolished), (abolition.TargetTitle, abolition.EventKind));
        var json = r.ToJson();
        Assert.Equal("2026-05-01", json["decides"]![0]!["date"]!.GetValue<string>()); // 同时废止: with this document, not 2015-04-10
        var draft = Importer.ToDraft(r, System.Text.Encoding.UTF8.GetBytes(text), DateTimeOffset.UnixEpoch);
        Assert.Equal("2026-05-01", draft.Properties["validity"]!["effectiveDate"]!.GetValue<string>());
        Assert.Equal("abolished", draft.Properties["importSource"]!["proposedValidityChanges"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void A_notice_keeps_the_full_text_of_its_attachments_after_the_signature()
    {
        var r = Kept("notice.txt",
            "示例市人民政府办公室关于做好2026年度政务公开工作的通知",
            "示府办函〔2026〕3号",
            "各区人民政府，市政府各部门：",
            "现将有关事项通知如下。",
            "附件：1．2026年度政务公开工作要点",
            "2．任务分工表",
            "示例市人民政府办公室",
            "2026年2月1日",
            "附件1",
            "2026年度政务公开工作要点",
            "一、围绕稳就业加强政策发布解读。",
            "二、围绕优化营商环境做好信息公开。",
            "附件2",
            "任务分工表",
            "序号 任务 责任单位",
            "1 政策解读 市政府办公室");
        Assert.Contains(r.AttachmentTexts[0].Paragraphs, b => b.Text == "二、围绕优化营商环境做好信息公开。"); // the attachment's, not the body's
        Assert.Equal(["附件1", "附件2"], r.AttachmentTexts.Select(a => a.Label));
        Assert.Equal(["2026年度政务公开工作要点", "任务分工表"], r.AttachmentTexts.Select(a => a.Title));
        Assert.Equal(["2026年度政务公开工作要点", "任务分工表"], r.Attachments!.Value);
        Assert.Contains("二、围绕优化营商环境做好信息公开。", Importer.BodyHtml(r)); // and still on the draft
    }

    [Fact]
    public void A_forwarding_notice_keeps_the_carried_document_and_its_own_signature_apart()
    {
        var r = Kept("forward.txt",
            "示例市人民政府办公室关于转发市发展改革委关于做好2026年价格工作意见的通知",
            "示府办发〔2026〕5号",
            "各区人民政府，市政府各部门：",
            "市发展改革委《关于做好2026年价格工作的意见》已经市人民政府同意，现转发给你们，请认真贯彻执行。",
            "示例市人民政府办公室",
            "2026年3月2日",
            "关于做好2026年价格工作的意见",
            "一、稳定重要民生商品价格。",
            "二、规范涉企收费。",
            "示例市发展和改革委员会",
            "2026年2月20日");
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value); // the wrapper's issuer and date are the document's
        Assert.Equal(new DateOnly(2026, 3, 2), r.SignedDate!.Value);
        Assert.Equal("市发展改革委关于做好2026年价格工作意见", r.AttachedTitle!.Value);
        Assert.Equal(["示例市发展和改革委员会"], r.CarriedIssuers!.Value); // kept apart
        Assert.Equal(new DateOnly(2026, 2, 20), r.CarriedSignedDate!.Value);
        Assert.Contains(r.Body, b => b.Text == "二、规范涉企收费。");
        Assert.Equal("2026-02-20", r.ToJson()["carried"]!["signedDate"]!.GetValue<string>());
    }

    private static readonly string[] Pieces =
    [
        "示例市人民政府文件", "示府发〔2026〕8号", "示例市人民政府关于加强公共数据管理的通知", "各区人民政府：", "一、总体要求", "第一条 为了规范管理，制定本办法。",
        "附件：1．工作方案", "2．分工表", "示例市人民政府", "2026年5月6日", "（此件公开发布）", "抄送：市委办公室，市人大常委会办公室。",
        "示例市人民政府办公室 2026年5月6日印发", "━━━━━━━━━━", "附件1", "工作方案", "（二）主要任务", "本办法自2026年6月1日起施行。", "&nbsp;", "令", "第3号", "市长 李四",
    ];

    [Fact]
    public void An_agency_line_between_copies_of_the_title_is_kept_when_the_header_has_its_own_mark()
    {
        // Found by the property below (seed 8-PE8AM_Jwz1): the line between the title's copies was taken as the page's
        // 发文机关标志 and dropped, and the header then read its own mark further down, so the line was lost.
        var r = Kept("page.txt",
            "示例市人民政府关于加强公共数据管理的通知",
            "示例市人民政府",
            "示例市人民政府关于加强公共数据管理的通知",
            "示例市人民政府文件",
            "示府发〔2026〕8号",
            "各区人民政府：",
            "第一条 为了规范管理，制定本办法。",
            "示例市人民政府",
            "2026年5月6日");
    }

    [Fact]
    public void No_arrangement_of_official_document_lines_loses_a_character()
    {
        var line = Gen.OneOf(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]), Gen.String[Gen.Char["示例市人民政府关于通知办法第一二三条款施行废止。，、：（）〔〕0123456789附件抄送印发年月日"], 1, 40]);
        line.Array[1, 30].Sample(lines =>
        {
            var r = DocumentExtractor.Extract(SourceReader.Read("random.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))));
            Assert.True(r.Account.KeepsEverything, $"{r.Account.Summary}\n{string.Join("\n", lines)}");
        }, iter: 400);
    }
}
