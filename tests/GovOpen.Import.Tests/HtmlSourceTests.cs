using System.Text;
using GovOpen.Core.Documents;

namespace GovOpen.Import.Tests;

/// <summary>
/// Saved web pages and text that still carries HTML markup (issue 13: migrations start from what the old site shows).
/// The page is fictional (示例市) and reproduces the layout of a government site's 政府信息公开 page: breadcrumbs, a
/// metadata table, the document in a content block, a 相关链接 list, the site's buttons and footer.
/// </summary>
public sealed class HtmlSourceTests
{
    static HtmlSourceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>示例市人民政府办公室关于印发示例市2026年政务公开工作要点的通知_示例市人民政府</title>
        <script type="text/javascript">var tip = "<p>脚本里的文字</p>"; if (a < b) { document.write('<div>不显示</div>'); }</script>
        <style>p { text-indent: 2em } .x > .y { color: red }</style>
        </head>
        <body>
        <!-- 页头 <p>注释里的文字</p> -->
        <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
        <table class="meta">
        <tr><td>索引号：</td><td>11999900MB0000000X/2026-00012</td><td>主题分类：</td><td>综合政务</td></tr>
        <tr><td>发文机关：</td><td>示例市人民政府办公室</td><td>成文日期：</td><td>2026年03月02日</td></tr>
        <tr><td>发文字号：</td><td>示政办发〔2026〕5号</td><td>发布日期：</td><td>2026年03月04日</td></tr>
        </table>
        <div class="title"><h1>示例市人民政府办公室关于印发示例市2026年政务公开工作要点的通知</h1></div>
        <div id="zoom" class="TRS_Editor">
        <p style="text-align:center">示政办发〔2026〕5号</p>
        <p>各区人民政府，
        市政府各委、办、局：</p>
        <p style="text-indent:2em">&nbsp;&nbsp;《示例市2026年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。<br/>各单位落实情况于年底前报市政务公开办公室。</p>
        <p style="text-align:right">示例市人民政府办公室</p>
        <p style="text-align:right">2026年3月2日</p>
        <p>（此件公开发布）</p>
        <p align="center"><strong><font size="4">示例市2026年政务公开工作要点</font></strong></p>
        <p>一、深化政策公开</p>
        <p>（一）做好&ldquo;政策文件&rdquo;栏目的集中公开，<span>规范性文件</span>统一登载。</p>
        <table border="1"><tr><th>序号</th><th>任务</th></tr><tr><td>1</td><td>规范性文件集中公开</td></tr></table>
        <p>二、加强解读回应</p>
        <p>（二）政策文件与解读材料同步组织、同步审签、同步部署。</p>
        </div>
        <div class="related">相关链接</div>
        <ul><li><a href="/a.html">示例市人民政府办公室关于印发示例市2025年政务公开工作要点的通知</a></li>
        <li><a href="/b.html">示例市2025年政务公开工作要点解读</a></li></ul>
        <div class="tools">【打印本页】 【关闭窗口】</div>
        <div class="footer"><p>主办：示例市人民政府办公室&nbsp;&nbsp;承办：示例市大数据中心</p>
        <p>网站标识码：9999000001&nbsp;示ICP备00000000号&nbsp;示公网安备00000000000000号</p>
        <p>地址：示例市人民路1号&nbsp;邮编：999999</p></div>
        </body></html>
        """;

    private static ExtractionResult ExtractPage(byte[] bytes, string name = "page.html")
    {
        var source = SourceReader.Read(name, bytes);
        var r = DocumentExtractor.Extract(source);
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        return r;
    }

    [Fact]
    public void A_saved_page_in_GB2312_reads_as_the_document_with_the_page_kept_as_notes()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Page);
        var source = SourceReader.Read("通知.html", bytes);
        Assert.Equal("html", source.Format);
        Assert.Equal("GB18030", source.Encoding);
        var texts = source.Paragraphs.Select(p => p.Text).ToList();
        // What the browser does not show is not text.
        Assert.DoesNotContain(texts, t => t.Contains("脚本里的文字") || t.Contains("不显示") || t.Contains("注释里的文字") || t.Contains("text-indent") || t.Contains("_示例市人民政府"));
        // A line break of the HTML file between Chinese characters is not a space; <br> ends a line.
        Assert.Contains("各区人民政府，市政府各委、办、局：", texts);
        Assert.Contains("各单位落实情况于年底前报市政务公开办公室。", texts);
        Assert.Contains("（一）做好“政策文件”栏目的集中公开，规范性文件统一登载。", texts);
        // Table cells are lines of their own, marked as cells.
        Assert.Contains(source.Paragraphs, p => p.Text == "规范性文件集中公开" && p.InTable);

        var r = DocumentExtractor.Extract(source);
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        Assert.Equal("示例市人民政府办公室关于印发示例市2026年政务公开工作要点的通知", r.Title!.Value);
        Assert.Equal("示政办发〔2026〕5号", r.DocumentNumber!.Value);
        Assert.Equal(["示例市人民政府办公室"], r.Issuers!.Value);
        Assert.Equal(new DateOnly(2026, 3, 2), r.SignedDate!.Value);
        Assert.Equal("各区人民政府，市政府各委、办、局", r.MainRecipients!.Value);
        Assert.Equal("示例市2026年政务公开工作要点", r.AttachedTitle!.Value);
        var body = r.Body.Select(b => b.Text).ToList();
        Assert.Contains("（二）政策文件与解读材料同步组织、同步审签、同步部署。", body);
        // The page's tail (相关链接 and its titles, buttons, footer) is kept as notes, not body text.
        Assert.DoesNotContain(body, t => t.Contains("相关链接") || t.Contains("2025年政务公开工作要点") || t.Contains("网站标识码") || t.Contains("打印本页") || t.Contains("邮编"));
        Assert.Contains(r.Notes, n => n.Text.Contains("网站标识码：9999000001"));
        Assert.Contains(r.Notes, n => n.Text == "相关链接");
        Assert.Contains(r.Notes, n => n.Text.Contains("地址：示例市人民路1号"));
    }

    [Fact]
    public void The_draft_keeps_what_the_old_site_s_catalogue_recorded()
    {
        var bytes = Encoding.UTF8.GetBytes(Page.Replace("charset=gb2312", "charset=utf-8")
            .Replace("<td>发布日期：</td><td>2026年03月04日</td>", "<td>发布日期：</td><td>2026-03-04 09:30</td></tr><tr><td>有效性：</td><td>已废止</td>"));
        var r = ExtractPage(bytes);
        var draft = Importer.ToDraft(r, bytes, DateTimeOffset.UnixEpoch).Properties;
        Assert.Equal("11999900MB0000000X/2026-00012", (string?)draft["indexNumber"]);
        Assert.Equal("综合政务", (string?)draft["topic"]);
        Assert.Equal("2026-03-04", (string?)draft["publishedDate"]);
        Assert.Equal("已废止", (string?)draft["importSource"]!["pageValidity"]);
        Assert.Contains(draft["importSource"]!["warnings"]!.AsArray(), w => ((string?)w)!.Contains("已废止", StringComparison.Ordinal));
        Assert.Null(draft["validity"]); // a label is not a validity record: the editor records it with its basis
    }

    [Theory]
    [InlineData("城乡建设、环境保护/城市规划", "城乡建设、环境保护\\城市规划", false)]
    [InlineData("综合政务\\某市自定类目", "综合政务", true)]
    [InlineData("本站栏目", null, true)]
    public void A_topic_is_kept_when_the_national_taxonomy_has_it(string pageTopic, string? kept, bool warned)
    {
        var bytes = Encoding.UTF8.GetBytes(Page.Replace("charset=gb2312", "charset=utf-8").Replace("<td>综合政务</td>", $"<td>{pageTopic}</td>"));
        var draft = Importer.ToDraft(ExtractPage(bytes), bytes, DateTimeOffset.UnixEpoch).Properties;
        Assert.Equal(kept, (string?)draft["topic"]);
        Assert.Equal(warned, draft["importSource"]!["warnings"]!.AsArray().Any(w => ((string?)w)!.Contains("主题分类", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_page_saved_as_UTF8_reads_the_same()
    {
        var gb = ExtractPage(Encoding.GetEncoding("GB18030").GetBytes(Page));
        var utf8 = ExtractPage(Encoding.UTF8.GetBytes(Page.Replace("charset=gb2312", "charset=utf-8")), "page.htm");
        Assert.Equal(gb.Title!.Value, utf8.Title!.Value);
        Assert.Equal(gb.Body.Select(b => b.Text), utf8.Body.Select(b => b.Text));
        Assert.Equal(gb.Notes.Select(n => n.Text), utf8.Notes.Select(n => n.Text));
    }

    [Fact]
    public void Text_pasted_from_a_page_source_with_its_tags_is_read_as_the_page_shows_it()
    {
        var text = "<p>示例市人民政府办公室文件</p><p>示府办发〔2026〕3号</p><p>关于加强管理的通知</p><p>各区人民政府：</p>"
            + "<p>&nbsp;&nbsp;现就有关问题通知如下。</p><p style=\"text-align:right\">示例市人民政府办公室</p><p>2026年4月1日</p>";
        var source = SourceReader.Read("copied.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal("txt-html", source.Format);
        var r = DocumentExtractor.Extract(source);
        Assert.True(r.Account.KeepsEverything, r.Account.Summary);
        Assert.Equal("关于加强管理的通知", r.Title!.Value);
        Assert.Equal("示府办发〔2026〕3号", r.DocumentNumber!.Value);
        Assert.Equal(new DateOnly(2026, 4, 1), r.SignedDate!.Value);
        Assert.Equal(["现就有关问题通知如下。"], r.Body.Select(b => b.Text));
        Assert.DoesNotContain(r.Texts(), t => t.Contains('<') || t.Contains("nbsp"));
    }

    [Theory]
    [InlineData("现将《关于规范<p>标签使用的说明》印发给你们。")] // one tag named in a sentence is text
    [InlineData("若 a < b 且 c > d，则按第二项办理。")]
    public void Text_that_mentions_markup_is_not_read_as_a_page(string line)
    {
        Assert.False(HtmlSource.LooksLikeHtml(line));
        var source = SourceReader.ReadPasted(line);
        Assert.Equal(line, Assert.Single(source.Paragraphs).Text);
    }

    [Theory]
    [InlineData("<p>未闭合的段落<p>第二段<div>第三段</p></div>", new[] { "未闭合的段落", "第二段", "第三段" })]
    [InlineData("<p title=\"a > b\">属性里的尖括号</p><p>a &lt; b</p>", new[] { "属性里的尖括号", "a < b" })]
    [InlineData("<head><title>页标题</title><body><p>无闭合的head</p>", new[] { "无闭合的head" })]
    [InlineData("<pre>第一行\n  第二行</pre>", new[] { "第一行", "第二行" })]
    [InlineData("<p>英文 words\nkeep a space</p>", new[] { "英文 words keep a space" })]
    [InlineData("<script>var x = '</p>';", new string[0])]
    public void Malformed_markup_loses_no_shown_text(string html, string[] expected)
    {
        Assert.Equal(expected, HtmlSource.Lines(html).Select(p => p.Text));
    }

    [Fact]
    public void A_document_that_ends_with_its_own_contact_lines_keeps_them()
    {
        var r = DocumentExtractor.Extract(SourceReader.ReadPasted(string.Join("\n",
            "示例市文化局关于举办示例市读书节的通知", "各区文化馆：", "现就举办读书节有关事项通知如下。", "示例市文化局", "2026年4月1日",
            "主办单位：示例市文化局", "承办单位：示例市图书馆", "联系电话：0000-00000000")));
        Assert.Contains(r.Body.Concat(r.Notes.Select(n => new BodyParagraph(n.Text, 0, n.Line))), b => b.Text == "联系电话：0000-00000000");
        Assert.DoesNotContain(r.Notes, n => n.Text.StartsWith("主办单位", StringComparison.Ordinal) || n.Text.StartsWith("联系电话", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_paragraph_that_mentions_copyright_is_the_document_s_own()
    {
        var last = "第二十条 本办法所称作品的版权所有人，是指依法享有著作权的公民、法人或者非法人组织；本办法由示例市版权局负责解释，自2026年5月1日起施行，有效期5年，期满前由示例市版权局组织评估后决定是否继续执行。";
        var r = DocumentExtractor.Extract(SourceReader.ReadPasted(string.Join("\n", "示例市作品登记办法", "第一条 为规范作品登记，制定本办法。", last)));
        Assert.Contains(r.Body, b => b.Text == last);
        Assert.DoesNotContain(r.Notes, n => n.Text == last);
    }

    [Fact]
    public void A_folder_of_saved_pages_imports_the_pages_not_the_resources_saved_beside_them()
    {
        var dir = Directory.CreateTempSubdirectory("govopen-pages-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "通知.html"), Encoding.UTF8.GetBytes(Page));
            Directory.CreateDirectory(Path.Combine(dir, "通知_files"));
            File.WriteAllText(Path.Combine(dir, "通知_files", "style.css"), "p { }");
            File.WriteAllText(Path.Combine(dir, "通知_files", "jquery.js"), "var a;");
            Directory.CreateDirectory(Path.Combine(dir, "其他_files")); // no 其他.html beside it: its files are reported, not hidden
            File.WriteAllText(Path.Combine(dir, "其他_files", "说明.pdf"), "%PDF");
            var files = Importer.Expand([dir]).Select(f => Path.GetRelativePath(dir, f)).ToList();
            Assert.Equal([Path.Combine("其他_files", "说明.pdf"), "通知.html"], files);
            var outcome = Importer.ImportFile(Path.Combine(dir, "通知.html"), DateTimeOffset.UnixEpoch);
            Assert.Null(outcome.Failure);
            Assert.Equal("示例市人民政府办公室关于印发示例市2026年政务公开工作要点的通知", outcome.Item!.Name);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Text_that_was_read_as_Windows_1252_and_saved_again_is_repaired()
    {
        const string original = "示例市人民政府办公室关于调整示例市最低工资标准的通知\n示政办发〔2026〕3号\n各区人民政府：\n现将有关事项通知如下。\n示例市人民政府办公室\n2026年3月1日\n";
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(original)); // 示例 → ç¤ºä¾‹
        Assert.DoesNotContain('示', mojibake);
        var source = SourceReader.Read("乱码.txt", Encoding.UTF8.GetBytes(mojibake));
        Assert.StartsWith("UTF-8 (repaired", source.Encoding, StringComparison.Ordinal);
        var r = DocumentExtractor.Extract(source);
        Assert.Equal("示例市人民政府办公室关于调整示例市最低工资标准的通知", r.Title!.Value);
        Assert.Equal("示政办发〔2026〕3号", r.DocumentNumber!.Value);
        // Text in other languages, with accents, is left as it is.
        Assert.Null(SourceReader.RepairMojibake("Café au lait, crème brûlée, déjà vu — naïve façade; Ångström, São Paulo, Zürich."));
    }

    [Fact]
    public void An_empty_page_is_refused_naming_the_file()
    {
        var e = Assert.Throws<ImportException>(() => SourceReader.Read("blank.html", Encoding.UTF8.GetBytes("<html><head><title>空</title></head><body><script>x()</script></body></html>")));
        Assert.Contains("blank.html", e.Message);
    }
}
