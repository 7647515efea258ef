using GovOpen.Site.Services;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovOpen.Site.Tests;

public sealed class PageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<string> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var res = await _client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(expected == res.StatusCode, $"{url}: {(int)res.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    [Fact]
    public async Task Root_redirects_to_the_disclosure_home()
    {
        var res = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, res.StatusCode);
        Assert.Equal("/xxgk/", res.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Home_lists_the_columns_and_says_it_is_sample_data()
    {
        var html = await Get("/xxgk/");
        foreach (var column in new[] { "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政策文件", "政策解读", "会议公开", "价格收费", "政府信息公开年度报告", "依申请公开" })
        {
            Assert.Contains(column, html);
        }
        Assert.Contains("示例数据", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("name=\"SiteIDCode\" content=\"9999000001\"", html);
    }

    [Fact]
    public async Task Policy_page_shows_the_gov_cn_metadata_block_and_meta_tags()
    {
        var html = await Get("/xxgk/zcwj/zcwj-2024-001/");
        foreach (var label in new[] { "索引号", "主题分类", "发文机关", "成文日期", "标　　题", "发文字号", "发布日期", "有 效 性" })
        {
            Assert.Contains(label, html);
        }
        Assert.Contains("示府规〔2024〕1号", html);
        Assert.Contains("2024年2月20日", html);
        Assert.Contains("综合政务\\政务公开", html);
        Assert.Contains("2024年3月1日至2029年2月28日", html); // normative validity period
        Assert.Contains("badge-ok\">现行有效", html);
        foreach (var meta in new[] { "ColumnName", "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "SiteName", "SiteDomain", "Url" })
        {
            Assert.Matches($"<meta name=\"{meta}\" content=\"[^\"]+\"", html);
        }
        Assert.Contains("<meta name=\"ArticleTitle\" content=\"示例市政务公开工作规定\"", html);
        Assert.Contains("相关解读", html);
        Assert.Contains("/xxgk/zcjd/zcjd-2024-001/", html);
        Assert.Contains("/xxgk/zcjd/zcjd-2024-002/", html);
    }

    [Fact]
    public async Task Policy_page_carries_legislation_json_ld()
    {
        var html = await Get("/xxgk/zcwj/zcwj-2015-008/");
        var json = Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        Assert.Equal("Legislation", r.GetProperty("@type").GetString());
        Assert.Equal("示府发〔2015〕8号", r.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("https://schema.org/NotInForce", r.GetProperty("legislationLegalForce").GetString());
        Assert.Equal("2015-04-10", r.GetProperty("legislationDate").GetString());
    }

    [Theory]
    [InlineData("/xxgk/zcwj/zcwj-2015-008/", "本文件已废止", "2024年3月1日废止", "/xxgk/zcwj/zcwj-2024-001/")]
    [InlineData("/xxgk/zcwj/zcwj-2020-021/", "本文件已修订", "2025年7月1日修订", "/xxgk/zcwj/zcwj-2025-035/")]
    [InlineData("/xxgk/zcwj/zcwj-2022-027/", "本文件已废止", "2026年10月1日废止", "/xxgk/zcwj/zcwj-2026-022/")]
    public async Task Replaced_documents_have_a_banner_linking_the_replacement(string url, string banner, string when, string link)
    {
        var html = await Get(url);
        var bannerHtml = Regex.Match(html, "<div class=\"validity-banner[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(banner, bannerHtml);
        Assert.Contains(when, bannerHtml);
        Assert.Contains($"href=\"{link}\"", bannerHtml);
        // The banner is one sentence: no space where the markup breaks between its parts ("废止 ，见").
        var text = VisibleText(bannerHtml).Trim();
        Assert.Matches($"^{banner}：已于{when}，见《[^\\s]+》（[^\\s]+）。$", text);
    }

    [Fact]
    public async Task The_abolished_minimum_wage_notice_says_when_and_by_what_in_one_sentence()
    {
        // 示人社发〔2026〕22号 says 自2026年10月1日起执行，示人社发〔2022〕27号同时废止.
        var html = await Get("/xxgk/zcwj/zcwj-2022-027/");
        var banner = VisibleText(Regex.Match(html, "<div class=\"validity-banner[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value).Trim();
        Assert.Equal("本文件已废止：已于2026年10月1日废止，见《示例市人力资源和社会保障局关于调整最低工资标准的通知》（示人社发〔2026〕22号）。", banner);
        var timeline = Regex.Matches(Regex.Match(html, "<section aria-labelledby=\"timeline-h\".*?</section>", RegexOptions.Singleline).Value, "<li>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => VisibleText(m.Groups[1].Value)).ToList();
        Assert.Contains("2026年10月1日 废止（《示例市人力资源和社会保障局关于调整最低工资标准的通知》（示人社发〔2026〕22号））", timeline);
    }

    [Theory]
    [InlineData("/xxgk/zcwj/zcwj-2015-008/")]
    [InlineData("/xxgk/zcwj/zcwj-2020-021/")]
    [InlineData("/xxgk/zcwj/zcwj-2024-012/")]
    public async Task Validity_banner_and_timeline_have_no_space_inside_their_chinese_sentences(string url)
    {
        var html = await Get(url);
        var parts = new[] { Regex.Match(html, "<div class=\"validity-banner[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value }
            .Concat(Regex.Matches(html, "<ol>(.*?)</ol>", RegexOptions.Singleline).SelectMany(ol => Regex.Matches(ol.Groups[1].Value, "<li>(.*?)</li>", RegexOptions.Singleline)).Select(m => m.Groups[1].Value));
        foreach (var text in parts.Select(p => VisibleText(p).Trim()))
        {
            Assert.False(string.IsNullOrEmpty(text), url);
            Assert.DoesNotMatch("\\s[，。、；：）》]|[（《：]\\s", text);
        }
    }

    /// <summary>The text a browser shows for inline markup: tags dropped, entities decoded, whitespace kept.</summary>
    private static string VisibleText(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [Fact]
    public async Task Expired_normative_document_says_so_without_anyone_touching_it()
    {
        // 示例市公共数据开放暂行办法: valid until 2026-09-30, so 已失效 on 2026-11-23.
        var html = await Get("/xxgk/zcwj/zcwj-2024-012/");
        Assert.Contains("本文件已失效", html);
        Assert.Contains("有效期至2026年9月30日，已于2026年10月1日失效", html);
    }

    [Fact]
    public async Task Not_yet_effective_document_says_when()
    {
        var html = await Get("/xxgk/zcwj/zcwj-2026-018/");
        Assert.Contains("本文件尚未生效", html);
        Assert.Contains("2027年1月1日起施行", html);
    }

    [Fact]
    public async Task Policy_list_filters_and_pages()
    {
        var all = await Get("/xxgk/zcwj/");
        var total = int.Parse(Regex.Match(all, "共 (\\d+) 条").Groups[1].Value);
        Assert.Equal(57, total); // 61 policies in the sample, 4 withheld
        Assert.Contains("下一页", all);
        var page2 = await Get("/xxgk/zcwj/?page=2");
        Assert.Contains("第 2 / 3 页", page2);

        var inForce2024 = await Get("/xxgk/zcwj/?year=2024&validity=" + Uri.EscapeDataString("现行有效"));
        var rows = Regex.Matches(inForce2024, "<tr>\\s*<td><a href=\"(/xxgk/zcwj/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain("badge-abolished", Regex.Match(inForce2024, "<tbody>.*</tbody>", RegexOptions.Singleline).Value);
        Assert.All(rows, r => Assert.Contains("2024", r));

        var issuer = await Get("/xxgk/zcwj/?issuer=" + Uri.EscapeDataString("示例市市场监督管理局"));
        Assert.Contains("示例市市场监督管理局关于加强食品安全监管的意见", issuer);
        Assert.DoesNotContain("示例市停车服务收费管理办法", issuer);

        var topic = await Get("/xxgk/zcwj/?topic=" + Uri.EscapeDataString("国民经济管理、国有资产监管"));
        Assert.Contains("示例市停车服务收费管理办法", topic);
        Assert.DoesNotContain("食品安全", Regex.Match(topic, "<tbody>.*</tbody>", RegexOptions.Singleline).Value);

        var genre = await Get("/xxgk/zcwj/?genre=" + Uri.EscapeDataString("意见"));
        Assert.Contains("实施意见", genre);
        Assert.Contains("（", Regex.Match(all, "<aside class=\"facets\".*?</aside>", RegexOptions.Singleline).Value); // counts shown
    }

    [Fact]
    public async Task Interpretation_page_links_back_and_renders_each_form()
    {
        var graphic = await Get("/xxgk/zcjd/zcjd-2024-002/");
        Assert.Contains("原文件", graphic);
        Assert.Contains("href=\"/xxgk/zcwj/zcwj-2024-001/\"", graphic);
        Assert.Matches("<img src=\"/media/zcjd/gkgd-1.svg\" alt=\"[^\"]{10,}\"", graphic);

        var qa = await Get("/xxgk/zcjd/zcjd-2024-006/");
        Assert.Contains("<dt>问：企业开办需要多长时间？</dt>", qa);
        Assert.Contains("答：企业开办全流程压缩至一个工作日以内。", qa);

        // A raster 图解 gets responsive variants below its own width, its size, and a long description tied to it.
        var img = Regex.Match(graphic, "<img src=\"/media/zcjd/gkgd-tujie.png\"[^>]*>").Value;
        Assert.Contains("srcset=\"/media/zcjd/gkgd-tujie.png?w=320 320w, /media/zcjd/gkgd-tujie.png?w=640 640w, /media/zcjd/gkgd-tujie.png?w=960 960w, /media/zcjd/gkgd-tujie.png?w=1280 1280w, /media/zcjd/gkgd-tujie.png 1600w\"", img);
        Assert.Contains("width=\"1600\" height=\"1000\"", img);
        Assert.Contains("aria-describedby=\"graphic-desc-2\"", img);
        Assert.Contains("<details class=\"long-description\" id=\"graphic-desc-2\">", graphic);
        Assert.DoesNotContain("srcset", Regex.Match(graphic, "<img src=\"/media/zcjd/gkgd-1.svg\"[^>]*>").Value); // vector: no variants

        var video = await Get("/xxgk/zcjd/zcjd-2024-012/");
        Assert.Contains("<h3 id=\"transcript-h\">文字稿</h3>", video);
        Assert.Contains("网约车车辆轴距应当不小于二千七百毫米", video);
        Assert.DoesNotContain("<video", video); // no playable file in the sample: no broken player

        var list = await Get("/xxgk/zcjd/");
        Assert.Contains("图解", list);
        Assert.Matches("共 17 条", list);
    }

    [Fact]
    public async Task Image_variants_are_made_once_at_the_offered_widths_and_anything_else_gets_the_original()
    {
        var original = await _client.GetByteArrayAsync("/media/zcjd/gkgd-tujie.png");
        var res = await _client.GetAsync("/media/zcjd/gkgd-tujie.png?w=640");
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal("image/png", res.Content.Headers.ContentType!.MediaType);
        var small = await res.Content.ReadAsByteArrayAsync();
        using (var bitmap = SkiaSharp.SKBitmap.Decode(small))
        {
            Assert.Equal((640, 400), (bitmap.Width, bitmap.Height));
        }
        Assert.True(small.Length < original.Length);
        // An unoffered width, or one not below the image's own, serves the original; so does a vector image.
        Assert.Equal(original, await _client.GetByteArrayAsync("/media/zcjd/gkgd-tujie.png?w=641"));
        Assert.Equal(await _client.GetByteArrayAsync("/media/zcjd/gkgd-1.svg"), await _client.GetByteArrayAsync("/media/zcjd/gkgd-1.svg?w=320"));
        // The variant is kept on disk and served again without resizing.
        var variants = factory.Services.GetRequiredService<GovOpen.Site.Services.ImageVariants>();
        var cached = Directory.GetFiles(variants.CacheDirectory, "*-640.png", SearchOption.AllDirectories);
        Assert.NotEmpty(cached);
        var stamp = cached.Select(File.GetLastWriteTimeUtc).Max();
        Assert.Equal(small, await _client.GetByteArrayAsync("/media/zcjd/gkgd-tujie.png?w=640"));
        Assert.Equal(stamp, Directory.GetFiles(variants.CacheDirectory, "*-640.png", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).Max());
        // Variants go through the same media gate: a file no public item references is not found at any width.
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/media/zcwj/internal.png?w=640")).StatusCode);
    }

    [Fact]
    public async Task Meetings_list_and_page()
    {
        var list = await Get("/xxgk/hygk/");
        Assert.Contains("示例市人民政府2026年第5次常务会议", list);
        Assert.Contains("主任办公会", list);
        var onlyDrc = await Get("/xxgk/hygk/?series=" + Uri.EscapeDataString("主任办公会"));
        var rows = Regex.Match(onlyDrc, "<tbody>.*</tbody>", RegexOptions.Singleline).Value;
        Assert.Contains("主任办公会", rows);
        Assert.DoesNotContain("常务会议", rows);
        var page = await Get("/xxgk/hygk/hygk-2026-01/");
        Assert.Contains("审议《示例市2026年政务公开工作要点》", page);
        Assert.Contains("决定事项：</strong>原则通过", page);
        Assert.Contains("href=\"/xxgk/zcwj/zcwj-2026-003/\"", page);
        Assert.Contains("href=\"/xxgk/zcjd/zcjd-2026-003/\"", page);
        Assert.DoesNotContain("干部任免", page);
    }

    [Fact]
    public async Task Fee_catalogue_shows_the_standard_in_force_on_a_date()
    {
        var today = await Get("/xxgk/jgsf/");
        Assert.Contains("首小时6元，之后每半小时4元，全天最高60元", today);
        Assert.DoesNotContain("住房公积金异地转移手续费", today); // abolished in 2018
        var past = await Get("/xxgk/jgsf/?date=2018-01-01");
        Assert.Contains("住房公积金异地转移手续费", past);
        Assert.DoesNotContain("首小时6元", past);
        var funds = await Get("/xxgk/jgsf/?category=" + Uri.EscapeDataString("政府性基金"));
        Assert.Contains("城市基础设施配套费", funds);
        Assert.DoesNotContain("居民身份证工本费", funds);
        var bad = await Get("/xxgk/jgsf/?date=2026-02-30");
        Assert.Contains("执行日期“2026-02-30”无效", bad);
        var item = await Get("/xxgk/jgsf/jgsf-001/");
        Assert.Contains("收费标准沿革", item);
        Assert.Contains("5元/小时", item);
        Assert.Contains("href=\"/xxgk/zcwj/zcwj-2024-007/\"", item); // basis 文号 links the public policy
    }

    [Fact]
    public async Task Guide_pages_and_annual_reports()
    {
        var guide = await Get("/xxgk/gkzn/");
        Assert.Contains("受理机构", guide);
        // The guide lists what is published proactively from the columns switched on, in the order of art. 20.
        Assert.Contains("主动公开的政府信息目录", guide);
        var rows = Regex.Matches(guide, "<tr data-category=\"([a-z]+)\"><td>第（([一二三四五六七八九十]+)）项</td>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal([("regulations", "一"), ("functions", "二"), ("statistics", "四"), ("fees", "八")], rows);
        Assert.Contains("<a href=\"/xxgk/jgsf/\">行政事业性收费项目及其依据、标准</a></td><td>每1年至少更新一次</td>", guide);
        // 基层政务公开标准目录: structured rows rendered as the standard table.
        var standard = await Get("/xxgk/jcml/");
        Assert.Contains("<caption>基层政务公开标准目录（共4项）</caption>", standard);
        Assert.Contains("<th scope=\"col\">公开渠道和载体</th>", standard);
        Assert.Matches("<tr data-row=\"2\"><td>2</td><td>社会救助</td><th scope=\"row\">最低生活保障对象认定</th>.*<td>政府网站、便民服务站、公开栏</td><td>特定群体</td><td>主动公开</td><td>县级、乡级</td></tr>", standard);
        // 重大行政决策事项目录: each matter with where it is now, the dates of the steps done, and its consultation.
        var decisions = await Get("/xxgk/zdjcml/");
        Assert.Contains("<caption>重大行政决策事项目录（共4项）</caption>", decisions);
        Assert.Equal(["implementation", "legalityReview", "publicParticipation", "postEvaluation"], Regex.Matches(decisions, "data-current=\"(\\w+)\"").Select(m => m.Groups[1].Value));
        Assert.Matches("<td data-current=\"legalityReview\">合法性审查</td>", decisions);
        Assert.Contains("<li>风险评估：不适用</li>", decisions);
        Assert.Contains("<li>合法性审查 <time datetime=\"2026-09-22\">2026-09-22</time></li>", decisions);
        Assert.Contains("<a href=\"/xxgk/yjzj/yjzj-2026-03/\">意见征集</a>", decisions);
        var catalogue = await Get("/xxgk/fdzdgknr/");
        Assert.Contains("<li value=\"1\" data-category=\"regulations\"><a href=\"/xxgk/zcwj/\">行政法规、规章和规范性文件</a>", catalogue);
        Assert.Contains("<li value=\"8\" data-category=\"fees\"><a href=\"/xxgk/jgsf/\">", catalogue);
        Assert.Matches("data-category=\"statistics\"><a href=\"/xxgk/fdzdgknr/statistics/\">[^<]+</a> <span class=\"date\">更新于2026-03-10</span>", catalogue);
        Assert.DoesNotContain("建设中", catalogue);
        Assert.Contains("本栏目内容见：<a href=\"/xxgk/zcwj/\">", await Get("/xxgk/fdzdgknr/regulations/"));
        var reports = await Get("/xxgk/ndbg/");
        Assert.Contains("2025年政府信息公开工作年度报告", reports);
        var report = await Get("/xxgk/ndbg/ndbg-2025/");
        Assert.Contains("<th scope=\"row\">行政规范性文件</th>", report);
        // Generated tables: the six parts, each table with a caption and header cells, the narrative's figures filled in.
        foreach (var part in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains(part, report);
        }
        Assert.Equal(6, Regex.Matches(report, "<table class=\"report-table\"").Count);
        Assert.Equal(6, Regex.Matches(report, "<caption>").Count);
        Assert.Contains("新收政府信息公开申请12件", report);
        Assert.DoesNotContain("{{", report);
        Assert.Matches("<tr data-row=\"new\"><th scope=\"row\">一、本年新收政府信息公开申请数量</th>(\\s*<td>\\d+</td>){6}\\s*<td>12</td>\\s*</tr>", report);
        Assert.Contains("<td>356</td>", report); // 行政许可, entered by the agency
        Assert.Contains("href=\"/xxgk/ysqgk/apply\"", await Get("/xxgk/ysqgk/"));
    }

    [Theory]
    [InlineData("示府规[2019]2号")]
    [InlineData("示府规〔2019〕2号")]
    [InlineData("示府规2019年2号")]
    public async Task Search_puts_the_exact_document_number_first(string q)
    {
        var html = await Get("/search?q=" + Uri.EscapeDataString(q));
        var first = Regex.Match(html, "<ol class=\"results\"[^>]*>\\s*<li class=\"([^\"]*)\">\\s*<h3><a href=\"([^\"]+)\"").Groups;
        Assert.Equal("exact", first[1].Value);
        Assert.Equal("/xxgk/zcwj/zcwj-2019-002/", first[2].Value);
        Assert.Contains("文号精确匹配", html);
    }

    [Fact]
    public async Task Search_highlights_filters_and_counts()
    {
        var html = await Get("/search?q=" + Uri.EscapeDataString("公共数据"));
        Assert.Contains("<mark>公共数据</mark>", html);
        Assert.Matches("共 \\d+ 条结果", html);
        var filtered = await Get("/search?q=" + Uri.EscapeDataString("公共数据") + "&type=interpretation");
        Assert.Contains("解读文件：", filtered);
        Assert.DoesNotContain("badge-pending", filtered);
        var validity = await Get("/search?q=" + Uri.EscapeDataString("停车") + "&validity=" + Uri.EscapeDataString("现行有效"));
        Assert.DoesNotContain("示例市停车服务收费管理办法", validity);
        var tooLong = await Get("/search?q=" + new string('政', 300));
        Assert.Contains("检索词过长", tooLong);
    }

    [Fact]
    public async Task A_title_typed_with_a_word_too_many_finds_the_document_and_says_the_match_is_partial()
    {
        var html = await Get("/search?q=" + Uri.EscapeDataString("示例市公共数据开放管理暂行办法"));
        Assert.Contains("没有找到与检索词完全匹配的结果", html);
        var first = Regex.Match(html, "<ol class=\"results\"[^>]*>\\s*<li class=\"[^\"]*\">\\s*<h3><a href=\"([^\"]+)\"").Groups;
        Assert.Equal("/xxgk/zcwj/zcwj-2024-012/", first[1].Value);
        Assert.DoesNotContain("class=\"no-results\"", html);
    }

    [Fact]
    public async Task Feeds_and_sitemap_are_valid_xml()
    {
        foreach (var feed in new[] { "zcwj", "zcjd", "hygk", "jgsf" })
        {
            var xml = XDocument.Parse(await Get($"/feeds/{feed}.xml"));
            XNamespace atom = "http://www.w3.org/2005/Atom";
            Assert.NotEmpty(xml.Root!.Elements(atom + "entry"));
        }
        await Get("/feeds/unknown.xml", HttpStatusCode.NotFound);
        var sitemap = XDocument.Parse(await Get("/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Contains(locs, l => l.EndsWith("/xxgk/zcwj/zcwj-2024-001/", StringComparison.Ordinal));
        Assert.Equal(128, locs.Count); // every public item of the sample
        await Get("/sitemap-1.xml", HttpStatusCode.NotFound); // one file: no parts
        // Made once per snapshot: the same bytes again, one file kept, nothing kept for a part that does not exist.
        Assert.Equal(sitemap.ToString(), XDocument.Parse(await Get("/sitemap.xml")).ToString());
        await Get("/sitemap-7.xml", HttpStatusCode.NotFound);
        Assert.Equal(1, SiteEndpoints.SitemapFilesKept(factory.Services.GetRequiredService<ContentProvider>().Current));
    }

    [Fact]
    public async Task A_site_map_beyond_the_protocol_limit_is_an_index_of_parts_that_together_list_every_item()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var whole = XDocument.Parse(await Get("/sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        var content = factory.Services.GetRequiredService<ContentProvider>().Current;
        const string baseUrl = "https://example.gov.cn";
        // With 50 addresses a file, the sample's 128 items take three parts.
        var index = XDocument.Parse(SiteEndpoints.SitemapXml(content, baseUrl, null, perFile: 50)!);
        Assert.Equal(sm + "sitemapindex", index.Root!.Name);
        Assert.Equal(["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"],
            index.Root.Elements(sm + "sitemap").Select(e => e.Element(sm + "loc")!.Value[baseUrl.Length..]));
        var parts = Enumerable.Range(1, 3).Select(i => XDocument.Parse(SiteEndpoints.SitemapXml(content, baseUrl, i, perFile: 50)!)).ToList();
        Assert.All(parts, p => Assert.Equal(sm + "urlset", p.Root!.Name));
        Assert.Equal([50, 50, 28], parts.Select(p => p.Root!.Elements(sm + "url").Count()));
        var listed = parts.SelectMany(p => p.Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value[baseUrl.Length..])).ToList();
        Assert.Equal(whole.Select(l => new Uri(l).AbsolutePath), listed);
        Assert.Null(SiteEndpoints.SitemapXml(content, baseUrl, 0, perFile: 50));
        Assert.Null(SiteEndpoints.SitemapXml(content, baseUrl, 4, perFile: 50));
        Assert.Equal(50_000, SiteEndpoints.MaxUrlsPerSitemap);
    }

    [Fact]
    public async Task Not_found_is_a_chinese_page()
    {
        var html = await Get("/xxgk/zcwj/does-not-exist/", HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", html);
        Assert.Contains("返回政府信息公开首页", html);
    }

    [Fact]
    public async Task A_kept_page_is_told_apart_by_reading_mode_and_query_and_carries_the_security_headers()
    {
        const string url = "/xxgk/zcwj/zcwj-2024-001/";
        var first = await Get(url);
        var again = await _client.GetAsync(url); // the second answer comes from the page cache
        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", again.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/html; charset=utf-8", again.Content.Headers.ContentType!.ToString());

        var large = new HttpRequestMessage(HttpMethod.Get, url);
        large.Headers.Add("Cookie", $"{ReadingPreferences.Cookie}=t-large.contrast");
        var largeHtml = await (await _client.SendAsync(large)).Content.ReadAsStringAsync();
        Assert.Contains("high-contrast", largeHtml);
        Assert.DoesNotContain("high-contrast", await Get(url)); // the default page is still the default

        Assert.NotEqual(await Get("/xxgk/zcwj/?year=2021"), await Get("/xxgk/zcwj/?year=2024"));
        Assert.NotEqual(await Get("/search?q=" + Uri.EscapeDataString("停车")), await Get("/search?q=" + Uri.EscapeDataString("收费")));
    }

    [Fact]
    public async Task Security_headers_on_every_response()
    {
        foreach (var url in new[] { "/xxgk/", "/search?q=x", "/nope", "/css/site.css", "/feeds/zcwj.xml", "/xxgk/", "/search?q=x" }) // twice: kept pages too
        {
            var res = await _client.GetAsync(url);
            Assert.Contains("default-src 'self'", res.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", res.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", res.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory]
    [InlineData("/xxgk/zcwj/?page=abc")]
    [InlineData("/xxgk/zcwj/?page=-5")]
    [InlineData("/xxgk/zcwj/?page=99999999999999999999")]
    [InlineData("/xxgk/zcwj/?year=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/xxgk/zcwj/?year=2024&year=2023&year=2022&year=2021&year=2020&year=2019&year=2018")]
    [InlineData("/xxgk/zcwj/?validity=%00%01")]
    [InlineData("/xxgk/zcwj/?%ZZ=1&page=%ZZ")]
    [InlineData("/xxgk/jgsf/?date=%E2%80%AE&category=%3C")]
    [InlineData("/search?q=%22%3Cscript%3E&page=-1&sort=%27")]
    [InlineData("/search?q=title:*%20AND%20(&type=secret&skip=1e9")]
    [InlineData("/search?q=%F0%9F%98%80%ED%A0%80")]
    [InlineData("/xxgk/hygk/?series=%3Cb%3E")]
    [InlineData("/settings/text-size?size=large&returnUrl=//evil.example/")]
    public async Task Malformed_query_strings_never_cause_a_server_error(string url)
    {
        var res = await _client.GetAsync(url);
        Assert.True((int)res.StatusCode < 500, $"{url} → {(int)res.StatusCode}");
        var body = await res.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", body);
    }

    [Fact]
    public async Task Large_text_mode_is_a_cookie_without_open_redirects()
    {
        var res = await _client.GetAsync("/settings/text-size?size=large&returnUrl=" + Uri.EscapeDataString("/xxgk/zcwj/"));
        Assert.Equal(HttpStatusCode.Redirect, res.StatusCode);
        Assert.Equal("/xxgk/zcwj/", res.Headers.Location!.ToString());
        Assert.Contains(res.Headers.GetValues("Set-Cookie"), c => c.StartsWith("govopen-reading=t-large", StringComparison.Ordinal));
        var evil = await _client.GetAsync("/settings/text-size?size=large&returnUrl=" + Uri.EscapeDataString("//evil.example/x"));
        Assert.Equal("/xxgk/", evil.Headers.Location!.ToString());
        var req = new HttpRequestMessage(HttpMethod.Get, "/xxgk/");
        req.Headers.Add("Cookie", "govopen-text=large"); // the cookie of earlier versions is still honoured
        var html = await (await _client.SendAsync(req)).Content.ReadAsStringAsync();
        Assert.Contains("<body class=\"large-text\">", html);
        Assert.Contains("恢复默认", html);
        // The reading cookie keeps only known settings; anything else a client sends is dropped.
        var mixed = new HttpRequestMessage(HttpMethod.Get, "/settings/reading?contrast=on&returnUrl=/xxgk/");
        mixed.Headers.Add("Cookie", "govopen-reading=t-xlarge.<script>.spacing");
        var bare = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var set = (await bare.SendAsync(mixed)).Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("govopen-reading=", StringComparison.Ordinal));
        Assert.StartsWith("govopen-reading=t-xlarge.contrast.spacing;", set);
    }

    [Fact]
    public async Task Rich_text_is_sanitized()
    {
        var html = await Get("/xxgk/zcwj/zcwj-2024-001/");
        var body = Regex.Match(html, "<div class=\"body\">(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<p class=\"signature\">", body);
        Assert.DoesNotContain("<script", body);
    }
}
