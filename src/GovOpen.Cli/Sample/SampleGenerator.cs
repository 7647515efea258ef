using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Cli.Sample;

/// <summary>
/// Writes the sample content package of the fictional 示例市 (`govopen sample --out dir`). Everything in it is
/// written by us; the manifest is flagged <c>sample</c> and every page says so.
/// </summary>
internal static class SampleGenerator
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private const string Root = "xxgk";

    public static int Write(string outDir)
    {
        var items = Build(out var media);
        if (Directory.Exists(Path.Combine(outDir, ContentPackage.ItemsDir)))
        {
            Directory.Delete(Path.Combine(outDir, ContentPackage.ItemsDir), true);
        }
        ContentPackage.Write(outDir, new PackageManifest
        {
            Name = "示例市政府信息公开（示例数据）",
            Agency = "示例市人民政府",
            SiteIdCode = "9999000001",
            Sample = true,
            CreatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, Beijing),
            Generator = "govopen sample",
        }, items);
        foreach (var (name, text) in media)
        {
            var path = Path.Combine(outDir, ContentPackage.MediaDir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        return items.Count;
    }

    public static List<ContentItem> Build(out List<(string Name, string Text)> media)
    {
        media = [];
        var items = new List<ContentItem>();
        var sort = 0;
        ContentItem Add(string id, string type, string name, string path, string? parent, JsonObject props, string date)
        {
            var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var item = new ContentItem
            {
                Id = id,
                ContentType = type,
                Name = name,
                CreateDate = new DateTimeOffset(d.ToDateTime(new TimeOnly(9, 0)), Beijing),
                UpdateDate = new DateTimeOffset(d.ToDateTime(new TimeOnly(9, 0)), Beijing),
                Route = new ContentRoute(path, new RouteStartItem(Root, Root)),
                ParentId = parent,
                SortOrder = sort++,
                Properties = props,
            };
            items.Add(item);
            return item;
        }

        Add(Root, ContentTypes.DisclosureRoot, "政府信息公开", "/xxgk/", null, new JsonObject
        {
            ["summary"] = "示例市人民政府政府信息公开专栏（示例数据，非真实政府信息）。",
        }, "2024-01-01");
        Add("gkzn", ContentTypes.Guide, "政府信息公开指南", "/xxgk/gkzn/", Root, Guide(), "2024-03-01");
        Add("gkzd", ContentTypes.Page, "政府信息公开制度", "/xxgk/gkzd/", Root, new JsonObject
        {
            ["body"] = Rich("<p>本市政府信息公开工作依据《中华人民共和国政府信息公开条例》和《示例市政务公开工作规定》（示府规〔2024〕1号）开展。</p><ul><li>政府信息公开工作规定</li><li>政策解读工作制度（示府办发〔2023〕11号）</li><li>政府信息公开保密审查制度</li><li>依申请公开办理规程</li></ul>"),
        }, "2024-03-01");
        Add("fdzdgknr", ContentTypes.Page, "法定主动公开内容", "/xxgk/fdzdgknr/", Root, new JsonObject
        {
            ["body"] = Rich(StatutoryCategories()),
        }, "2024-03-01");
        Add("zcwj", ContentTypes.PolicyFolder, "政策文件", "/xxgk/zcwj/", Root, new JsonObject { ["summary"] = "本市行政规范性文件和其他政策文件。" }, "2024-01-01");
        Add("zcjd", ContentTypes.PolicyFolder, "政策解读", "/xxgk/zcjd/", Root, new JsonObject { ["summary"] = "政策文件的文字解读、图解、问答和视频解读。" }, "2024-01-01");
        Add("hygk", ContentTypes.MeetingColumn, "会议公开", "/xxgk/hygk/", Root, new JsonObject { ["summary"] = "市政府常务会议和部门办公会议的议题和决定事项。" }, "2024-01-01");
        Add("jgsf", ContentTypes.FeeColumn, "价格收费", "/xxgk/jgsf/", Root, new JsonObject { ["summary"] = "行政事业性收费、政府性基金和政府定价经营服务性收费目录清单。" }, "2024-01-01");
        Add("ndbg", ContentTypes.Page, "政府信息公开年度报告", "/xxgk/ndbg/", Root, new JsonObject
        {
            ["body"] = Rich("<p>按照《中华人民共和国政府信息公开条例》第四十九条，本市于每年1月31日前公布上一年度政府信息公开工作年度报告。</p>"),
        }, "2024-01-01");
        Add("ysqgk", ContentTypes.Page, "依申请公开", "/xxgk/ysqgk/", Root, new JsonObject
        {
            ["body"] = Rich("<p>公民、法人或者其他组织可以向示例市人民政府办公室申请获取政府信息。</p><p>申请方式：当面提交、邮寄、传真或者<a href=\"/xxgk/ysqgk/apply\">在线提交申请</a>。已提交的申请可凭申请编号和查询码<a href=\"/xxgk/ysqgk/status\">查询办理进度</a>。</p><p>受理机构：示例市人民政府办公室政务公开科（示例地址：示例市中心大道1号）。</p>"),
        }, "2024-03-01");

        var policies = SamplePolicies.All.Concat(SampleOther.MorePolicies).ToList();
        var byId = policies.ToDictionary(p => p.Id);
        var replacedBy = policies.Where(p => p.Replaces is not null).ToDictionary(p => p.Replaces!, p => p);
        var sequence = new Dictionary<int, int>();
        foreach (var p in policies.OrderBy(p => p.Signed, StringComparer.Ordinal))
        {
            var published = p.Published ?? p.Signed;
            var year = int.Parse(published[..4], CultureInfo.InvariantCulture);
            var seq = sequence[year] = sequence.GetValueOrDefault(year) + 1;
            var props = new JsonObject
            {
                ["documentNumber"] = p.Number,
                ["indexNumber"] = $"{OrgCode(p.Issuer)}/{year}-{seq:D5}",
                ["topic"] = p.Topic,
                ["issuers"] = new JsonArray(p.Issuer),
                ["signedDate"] = p.Signed,
                ["publishedDate"] = published,
                ["genre"] = p.Genre,
                ["category"] = p.Category,
                ["disclosure"] = p.Disclosure is null
                    ? new JsonObject { ["attribute"] = "proactive" }
                    : new JsonObject { ["attribute"] = p.Disclosure, ["ground"] = p.Ground, ["reason"] = p.Reason },
                ["body"] = Rich(PolicyBody(p, p.Replaces is null ? null : byId[p.Replaces])),
            };
            var validity = new JsonObject
            {
                ["effectiveDate"] = p.Effective ?? published,
                ["validUntil"] = p.ValidUntil,
                ["history"] = new JsonArray(),
            };
            if (replacedBy.TryGetValue(p.Id, out var newer))
            {
                ((JsonArray)validity["history"]!).Add(new JsonObject
                {
                    ["kind"] = newer.ReplaceKind == "revise" ? "revised" : "abolished",
                    ["date"] = newer.Effective ?? newer.Published ?? newer.Signed,
                    ["by"] = new JsonObject { ["id"] = newer.Id, ["documentNumber"] = newer.Number, ["title"] = newer.Title },
                });
            }
            props["validity"] = validity;
            if (p.NeedsInterpretation is { } needs)
            {
                props["requiresInterpretation"] = needs;
                props["noInterpretationReason"] = p.NoInterpretationReason;
            }
            if (p.Id == "zcwj-2025-009")
            {
                props["attachments"] = new JsonArray(new JsonObject { ["name"] = "附件：示例市定价目录（2025年版）.csv", ["url"] = "media/zcwj/djml-2025.csv", ["mediaType"] = "text/csv" });
                media.Add(("zcwj/djml-2025.csv", "序号,定价项目,定价部门,备注\n1,居民生活用水价格,市发展改革委,阶梯水价\n2,管道天然气居民价格,市发展改革委,阶梯气价\n3,公共汽车票价,市发展改革委,\n4,道路临时停车泊位收费,市发展改革委,差别化收费\n"));
            }
            Add(p.Id, ContentTypes.PolicyDocument, p.Title, $"/xxgk/zcwj/{p.Id}/", "zcwj", props, published);
        }

        foreach (var i in SampleOther.Interpretations)
        {
            var props = new JsonObject
            {
                ["interpretationOf"] = new JsonArray(i.Policies.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                ["form"] = i.Form,
                ["interpreter"] = i.Interpreter,
                ["publishedDate"] = i.Published,
                ["disclosure"] = i.Disclosure is null
                    ? new JsonObject { ["attribute"] = "proactive" }
                    : new JsonObject { ["attribute"] = i.Disclosure, ["ground"] = "art16-internal", ["reason"] = "内部说明材料" },
                ["body"] = Rich(string.Concat(i.Paragraphs.Select(x => $"<p>{WebUtility.HtmlEncode(x)}</p>"))),
            };
            if (i.Qa is not null)
            {
                props["qa"] = new JsonArray(i.Qa.Select(q => (JsonNode)new JsonObject { ["question"] = q.Q, ["answer"] = q.A }).ToArray());
            }
            if (i.Images is not null)
            {
                props["images"] = new JsonArray(i.Images.Select(img => (JsonNode)new JsonObject { ["url"] = img.Url, ["alt"] = img.Alt }).ToArray());
                foreach (var img in i.Images)
                {
                    media.Add((img.Url["media/".Length..], Svg(i.Title, img.Alt)));
                }
            }
            Add(i.Id, ContentTypes.PolicyInterpretation, i.Title, $"/xxgk/zcjd/{i.Id}/", "zcjd", props, i.Published);
        }

        foreach (var m in SampleOther.Meetings)
        {
            var date = DateOnly.ParseExact(m.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = m.Series == "常务会议" ? $"示例市人民政府{date.Year}年第{m.Number}次常务会议" : $"示例市{(m.Series == "主任办公会" ? "发展和改革委员会" : "市场监督管理局")}{date.Year}年第{m.Number}次{m.Series}";
            Add(m.Id, ContentTypes.Meeting, name, $"/xxgk/hygk/{m.Id}/", "hygk", new JsonObject
            {
                ["series"] = m.Series,
                ["number"] = m.Number,
                ["meetingDate"] = m.Date,
                ["host"] = m.Host,
                ["attendees"] = m.Attendees,
                ["location"] = "示例市政府常务会议室",
                ["publishedDate"] = date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["disclosure"] = new JsonObject { ["attribute"] = "proactive" },
                ["agenda"] = new JsonArray(m.Items.Select(a => (JsonNode)new JsonObject
                {
                    ["topic"] = a.Topic,
                    ["decision"] = a.Decision,
                    ["isPublic"] = a.IsPublic,
                    ["documents"] = new JsonArray((a.Documents ?? []).Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                    ["interpretations"] = new JsonArray((a.Interpretations ?? []).Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                }).ToArray()),
            }, date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var f in SampleOther.Fees)
        {
            Add(f.Id, ContentTypes.FeeItem, f.Name, $"/xxgk/jgsf/{f.Id}/", "jgsf", new JsonObject
            {
                ["feeCategory"] = f.Category,
                ["collector"] = f.Collector,
                ["payer"] = f.Payer,
                ["note"] = f.Note,
                ["publishedDate"] = f.Standards[0].From,
                ["disclosure"] = new JsonObject { ["attribute"] = "proactive" },
                ["standards"] = new JsonArray(f.Standards.Select(s => (JsonNode)new JsonObject
                {
                    ["from"] = s.From,
                    ["to"] = s.To,
                    ["amount"] = s.Amount,
                    ["unit"] = s.Unit,
                    ["rule"] = s.Rule,
                    ["basis"] = new JsonArray(s.Basis.Select(b => (JsonNode)JsonValue.Create(b)!).ToArray()),
                }).ToArray()),
            }, f.Standards[0].From);
        }

        Add("ndbg-2024", ContentTypes.AnnualReport, "示例市人民政府2024年政府信息公开工作年度报告", "/xxgk/ndbg/ndbg-2024/", "ndbg", new JsonObject
        {
            ["year"] = 2024,
            ["publishedDate"] = "2025-01-24",
            ["body"] = Rich(AnnualReport(2024, policies)),
        }, "2025-01-24");
        Add("ndbg-2025", ContentTypes.AnnualReport, "示例市人民政府2025年政府信息公开工作年度报告", "/xxgk/ndbg/ndbg-2025/", "ndbg", new JsonObject
        {
            ["year"] = 2025,
            ["publishedDate"] = "2026-01-23",
            ["body"] = Rich(AnnualReport(2025, policies)),
        }, "2026-01-23");
        return items;
    }

    private static JsonObject Rich(string html) => new() { ["markup"] = html, ["blocks"] = new JsonArray() };

    /// <summary>A fictional organisation code per issuer with a valid GB 11714 check character.</summary>
    private static string OrgCode(string issuer)
    {
        var n = Math.Abs(issuer.Aggregate(17, (h, c) => (h * 31) + c)) % 1_000_000;
        var body = $"99{n:D6}";
        int[] w = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * w[i]).Sum();
        var check = 11 - (sum % 11);
        return body + (check switch { 10 => "X", 11 => "0", _ => check.ToString(CultureInfo.InvariantCulture) });
    }

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static string PolicyBody(SamplePolicy p, SamplePolicy? replaces)
    {
        var sb = new StringBuilder();
        var fromGov = p.Issuer is SamplePolicies.Gov or SamplePolicies.GovOffice;
        var isRule = p.Category == "rule";
        if (!isRule && p.Genre is "通知" or "意见")
        {
            sb.Append(fromGov ? "<p>各区人民政府，市政府各委、办、局，各有关单位：</p>" : "<p>各区有关部门，各有关单位：</p>");
        }
        if (replaces is not null && p.ReplaceKind == "revise")
        {
            sb.Append($"<p>市人民政府决定对《{Enc(replaces.Title)}》（{replaces.Number}）作如下修订：</p>");
        }
        else
        {
            var closing = p.Genre switch { "意见" => "现提出如下意见", "通告" => "现通告如下", "报告" => "现将有关情况报告如下", _ => p.Category == "normative" ? "制定本办法" : "现将有关事项通知如下" };
            sb.Append($"<p>为{Enc(p.Purpose)}，根据有关法律、法规和规章的规定，结合本市实际，{closing}。</p>");
        }
        for (var i = 0; i < p.Measures.Length; i++)
        {
            sb.Append($"<p><strong>{Numerals[i]}、{Enc(p.Measures[i])}。</strong>{FollowUps[(i + p.Id.Length) % FollowUps.Length]}</p>");
        }
        if (p.Effective is { } eff)
        {
            var until = p.ValidUntil is { } vu ? $"，有效期至{ChineseDate.Format(D(vu))}" : "";
            sb.Append($"<p>本{(isRule ? "决定" : p.Category == "normative" ? "办法" : "通知")}自{ChineseDate.Format(D(eff))}起施行{until}。");
            if (replaces is not null && p.ReplaceKind == "abolish")
            {
                sb.Append($"《{Enc(replaces.Title)}》（{replaces.Number}）同时废止。");
            }
            sb.Append("</p>");
        }
        if (p.Id == "zcwj-2025-009")
        {
            sb.Append("<p>附件：示例市定价目录（2025年版）</p>");
        }
        sb.Append($"<p class=\"signature\">{Enc(p.Issuer)}</p><p class=\"signature\">{ChineseDate.Format(D(p.Signed))}</p>");
        if (p.Disclosure is null)
        {
            sb.Append("<p class=\"note\">（此件公开发布）</p>");
        }
        return sb.ToString();
    }

    private static readonly string[] FollowUps =
    [
        "各责任单位要明确分工、细化措施，按照时间节点抓好落实，并将进展情况及时报送牵头部门。",
        "牵头部门要加强统筹协调，定期调度工作进展，对推进不力的及时督促整改。",
        "各区要结合实际制定具体实施办法，确保政策措施落地见效。",
        "有关部门要加强政策宣传和解读，及时回应社会关切，主动接受社会监督。",
    ];

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static JsonObject Guide() => new()
    {
        ["publishedDate"] = "2024-03-01",
        ["body"] = Rich("""
            <p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。本指南每年更新。</p>
            <h3>一、主动公开</h3>
            <p>（一）公开范围：本机关按照条例第二十条、第二十一条的规定主动公开政府信息，具体内容见“法定主动公开内容”栏目。</p>
            <p>（二）公开方式：本机关主要通过示例市人民政府门户网站政府信息公开专栏公开政府信息，同时通过政府公报、新闻发布会等方式公开。</p>
            <p>（三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起二十个工作日内予以公开。</p>
            <h3>二、依申请公开</h3>
            <p>（一）受理机构：示例市人民政府办公室政务公开科。办公地址：示例市中心大道1号（示例地址）；办公时间：工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）；联系电话：0000-00000000（示例号码）。</p>
            <p>（二）申请方式：申请人可以通过当面提交、邮寄、传真、网上提交等方式提出申请。</p>
            <p>（三）答复期限：能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起二十个工作日内予以答复；需要延长答复期限的，经批准可以延长，延长期限最长不超过二十个工作日。</p>
            <p>（四）收费：本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》收取信息处理费。</p>
            <h3>三、监督和救济</h3>
            <p>公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
            """),
    };

    private static string StatutoryCategories()
    {
        (string Text, string? Link)[] rows =
        [
            ("行政法规、规章和规范性文件", "/xxgk/zcwj/"),
            ("机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", "/xxgk/gkzn/"),
            ("国民经济和社会发展规划、专项规划、区域规划及相关政策", "/xxgk/zcwj/?topic=国民经济管理、国有资产监管"),
            ("统计信息", null),
            ("办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", null),
            ("实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定", null),
            ("财政预算、决算信息", "/xxgk/zcwj/?topic=财政、金融、审计"),
            ("行政事业性收费项目及其依据、标准", "/xxgk/jgsf/"),
            ("政府集中采购项目的目录、标准及实施情况", null),
            ("重大建设项目的批准和实施情况", null),
            ("扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", null),
            ("突发公共事件的应急预案、预警信息及应对情况", null),
            ("环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", null),
            ("公务员招考的职位、名额、报考条件等事项以及录用结果", null),
            ("法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", null),
        ];
        var sb = new StringBuilder("<p>根据《中华人民共和国政府信息公开条例》第二十条，本机关主动公开以下政府信息：</p><ol>");
        foreach (var (text, link) in rows)
        {
            sb.Append(link is null ? $"<li>{text}（栏目建设中）</li>" : $"<li><a href=\"{link}\">{text}</a></li>");
        }
        return sb.Append("</ol>").ToString();
    }

    private static string AnnualReport(int year, List<SamplePolicy> policies)
    {
        int Issued(string cat) => policies.Count(p => p.Category == cat && p.Disclosure is null && (p.Published ?? p.Signed).StartsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return $"""
            <p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的格式要求编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。（示例数据）</p>
            <h3>一、总体情况</h3>
            <p>{year}年，本市认真贯彻落实政府信息公开条例，加大主动公开力度，规范依申请公开办理，加强政策解读和回应关切。</p>
            <h3>二、主动公开政府信息情况</h3>
            <table><caption>第二十条第（一）项</caption><thead><tr><th scope="col">信息内容</th><th scope="col">本年制发件数</th><th scope="col">本年废止件数</th><th scope="col">现行有效件数</th></tr></thead>
            <tbody><tr><th scope="row">规章</th><td>{Issued("rule")}</td><td>0</td><td>2</td></tr><tr><th scope="row">行政规范性文件</th><td>{Issued("normative")}</td><td>{(year == 2024 ? 1 : 0)}</td><td>{10 + year - 2024}</td></tr></tbody></table>
            <h3>三、收到和处理政府信息公开申请情况</h3>
            <p>本年新收政府信息公开申请{(year == 2024 ? 36 : 41)}件，均按期答复。</p>
            <h3>四、政府信息公开行政复议、行政诉讼情况</h3>
            <p>本年度未发生因政府信息公开引起的行政复议和行政诉讼。</p>
            <h3>五、存在的主要问题及改进情况</h3>
            <p>政策解读形式还不够丰富，下一步将增加图解、问答和视频解读。</p>
            <h3>六、其他需要报告的事项</h3>
            <p>本年度未收取信息处理费。</p>
            """;
    }

    private static string Svg(string title, string alt)
    {
        var lines = new List<string>();
        foreach (var part in alt.Split(['：', '，']))
        {
            lines.Add(part);
        }
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{120 + (lines.Count * 56)}\" viewBox=\"0 0 640 {120 + (lines.Count * 56)}\" role=\"img\" aria-label=\"{Enc(alt)}\">");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff8f0\"/><rect x=\"0\" y=\"0\" width=\"640\" height=\"72\" fill=\"#b3261e\"/>");
        sb.Append($"<text x=\"24\" y=\"46\" font-size=\"24\" fill=\"#ffffff\" font-family=\"WenQuanYi Zen Hei, sans-serif\">{Enc(title.Length > 24 ? title[..24] : title)}</text>");
        for (var i = 0; i < lines.Count; i++)
        {
            var y = 112 + (i * 56);
            sb.Append($"<rect x=\"24\" y=\"{y - 30}\" width=\"592\" height=\"44\" rx=\"8\" fill=\"#ffffff\" stroke=\"#b3261e\"/>");
            sb.Append($"<text x=\"40\" y=\"{y}\" font-size=\"20\" fill=\"#222222\" font-family=\"WenQuanYi Zen Hei, sans-serif\">{Enc(lines[i])}</text>");
        }
        sb.Append("<text x=\"24\" y=\"" + (100 + (lines.Count * 56)) + "\" font-size=\"14\" fill=\"#666666\">示例数据</text></svg>");
        return sb.ToString();
    }
}
