using System.Text;
using GovOpen.Search;

namespace GovOpen.Bench;

/// <summary>
/// Synthetic but realistic policy documents of the fictional 示例市: titles, 文号, issuers, topics and about
/// 3 KB of policy-style Chinese per body, built from combinable sentence parts so that vocabulary varies.
/// Deterministic for a seed.
/// </summary>
public static class Corpus
{
    internal static readonly string[] Issuers =
    [
        "示例市人民政府", "示例市人民政府办公室", "示例市发展和改革委员会", "示例市市场监督管理局", "示例市财政局",
        "示例市住房和城乡建设局", "示例市教育局", "示例市卫生健康委员会", "示例市人力资源和社会保障局", "示例市生态环境局",
        "示例市交通运输局", "示例市农业农村局", "示例市商务局", "示例市民政局", "示例市数据局",
    ];

    internal static readonly string[] Codes = ["示府发", "示府办发", "示发改", "示市监发", "示财发", "示建发", "示教发", "示卫健发", "示人社发", "示环发", "示交发", "示农发", "示商发", "示民发", "示数发"];

    internal static readonly string[] Topics =
    [
        @"综合政务\政务公开", @"国民经济管理、国有资产监管\物价", @"市场监管、安全生产监管\食品药品监管", @"财政、金融、审计\财政",
        @"城乡建设、环境保护\城乡建设（含住房）", @"科技、教育\教育", @"卫生、体育\卫生", @"劳动、人事、监察\社会保障",
        @"城乡建设、环境保护\环境监测、保护与治理", @"工业、交通\公路", @"农业、林业、水利\农业、畜牧业、渔业", @"商贸、海关、旅游\国内贸易（含供销）",
        @"民政、扶贫、救灾\社会福利", @"综合政务\电子政务",
    ];

    private static readonly string[] Subjects =
    [
        "各区人民政府", "市政府各委、办、局", "各有关单位", "各级财政部门", "市场监管部门", "住房城乡建设部门", "教育行政部门", "卫生健康部门",
        "人力资源社会保障部门", "生态环境部门", "交通运输部门", "农业农村部门", "商务主管部门", "民政部门", "数据管理部门", "街道办事处",
        "乡镇人民政府", "行业协会", "重点企业", "社区居民委员会",
    ];

    private static readonly string[] Verbs =
    [
        "要进一步加强", "应当切实做好", "统筹推进", "持续深化", "全面落实", "认真组织开展", "加快完善", "不断健全", "着力提升", "依法规范",
        "积极稳妥推进", "严格落实", "抓紧研究制定", "定期评估", "协同推进", "大力支持",
    ];

    // Objects are built from a domain and an aspect (80 × 48), so vocabulary varies the way real policy text does.
    private static readonly string[] Domains =
    [
        "政务公开", "营商环境", "食品安全", "住房公积金", "公共数据", "养老服务", "安全生产", "义务教育", "医疗保险", "大气污染防治",
        "农村人居环境", "老旧小区改造", "重点群体就业", "中小企业", "消费品以旧换新", "政策解读", "规范性文件", "价格收费", "停车设施", "数字政府",
        "社会救助", "新能源汽车", "乡村振兴", "公共文化服务", "城市内涝治理", "知识产权", "工程建设项目审批", "一网通办", "社会信用", "住房保障",
        "学前教育", "职业教育", "托育服务", "残疾人康复", "退役军人服务", "殡葬管理", "婚姻登记", "水资源保护", "耕地保护", "森林防火",
        "道路交通安全", "公共交通", "网约车管理", "快递物流", "农贸市场", "菜篮子工程", "粮食储备", "冷链物流", "电梯安全", "燃气安全",
        "危险化学品", "建筑施工安全", "消防安全", "防汛抗旱", "地质灾害防治", "应急物资储备", "疫苗管理", "药品零售", "医疗机构", "公共卫生",
        "全民健身", "体育场馆", "文物保护", "非物质文化遗产", "旅游市场", "文化市场", "广播电视", "网络安全", "数据安全", "个人信息保护",
        "政府采购", "国有资产", "预算绩效", "专项债券", "税费优惠", "金融服务", "科技创新", "人才引进", "创业担保贷款", "技能培训",
    ];

    private static readonly string[] Aspects =
    [
        "工作", "监督检查", "标准化建设", "风险监测", "信息公开", "管理办法", "实施方案", "考核评价", "资金保障", "统计调查",
        "应急预案", "专项整治", "试点示范", "平台建设", "服务能力", "宣传培训", "投诉举报处理", "信用监管", "审批服务", "规划编制",
        "设施建设", "运行维护", "补贴发放", "质量提升", "队伍建设", "数字化转型", "协同联动", "督查考核", "制度建设", "问题整改",
        "隐患排查", "日常巡查", "执法检查", "政策兑现", "数据共享", "档案管理", "安全评估", "绩效评价", "需求调查", "服务指南",
        "办理流程", "收费标准", "目录清单", "准入管理", "退出机制", "备案登记", "信息报送", "结果运用",
    ];

    private static readonly string[] Places =
    [
        "东城区", "西城区", "南湖区", "北山区", "滨江区", "高新区", "经济技术开发区", "青石镇", "白沙镇", "柳林街道", "石桥街道", "红旗社区",
    ];

    private static string Object(Random r) => Pick(r, Domains) + Pick(r, Aspects);

    private static readonly string[] Tails =
    [
        "确保各项任务落到实处。", "形成工作合力。", "并于每季度末报送工作进展情况。", "切实增强人民群众获得感。", "建立健全长效机制。",
        "及时向社会公开办理结果。", "不断提高服务质量和效率。", "严防形式主义和官僚主义。", "做到应公开尽公开。",
        "所需经费由同级财政予以保障。", "对工作不力的单位予以通报。", "主动接受社会监督。", "推动政策红利直达市场主体。",
    ];

    private static readonly string[] Openers =
    [
        "为深入贯彻落实党中央、国务院决策部署，", "根据《中华人民共和国政府信息公开条例》，", "为进一步规范工作程序，", "经市政府同意，",
        "结合本市实际，", "按照“放管服”改革要求，", "为切实保障人民群众合法权益，", "",
        "", "",
    ];

    private static readonly string[] TitleKinds = ["的通知", "的实施意见", "的若干措施", "的工作方案", "的管理办法", "的实施细则"];

    public static string Sentence(Random r) => r.Next(4) switch
    {
        0 => $"{Pick(r, Openers)}{Pick(r, Subjects)}{Pick(r, Verbs)}{Object(r)}，{Pick(r, Verbs)}{Object(r)}，{Pick(r, Tails)}",
        1 => $"{r.Next(2020, 2027)}年{r.Next(1, 13)}月底前，{Pick(r, Places)}完成{Object(r)}{r.Next(10, 500)}项，{Object(r)}覆盖率达到{r.Next(60, 100)}%。",
        2 => $"对{Pick(r, Places)}{Object(r)}中发现的问题，{Pick(r, Subjects)}应当在{r.Next(3, 31)}个工作日内{Pick(r, Verbs)}{Object(r)}。",
        _ => $"{Pick(r, Subjects)}安排{Object(r)}资金{r.Next(50, 5000)}万元，用于{Object(r)}和{Object(r)}，{Pick(r, Tails)}",
    };

    private static T Pick<T>(Random r, T[] a) => a[r.Next(a.Length)];

    /// <summary>Documents with bodies of about <paramref name="bodyBytes"/> UTF-8 bytes.</summary>
    public static List<SearchDocument> Generate(int count, int seed = 42, int bodyBytes = 3000)
    {
        var r = new Random(seed);
        var list = new List<SearchDocument>(count);
        var sequence = new Dictionary<(int, int), int>();
        for (var i = 0; i < count; i++)
        {
            var issuer = r.Next(Issuers.Length);
            var year = 2008 + r.Next(19);
            var key = (issuer, year);
            var seq = sequence[key] = sequence.GetValueOrDefault(key) + 1;
            var sb = new StringBuilder(bodyBytes / 2);
            while (Encoding.UTF8.GetByteCount(sb.ToString()) < bodyBytes)
            {
                sb.Append(Sentence(r));
            }
            var day = new DateOnly(year, 1, 1).AddDays(r.Next(360));
            list.Add(new SearchDocument
            {
                Id = $"d{i}",
                ContentType = SearchContentTypes.Policy,
                Title = $"{Issuers[issuer]}关于{Pick(r, Verbs)[^2..]}{Object(r)}{Pick(r, TitleKinds)}",
                Body = sb.ToString(),
                DocumentNumber = $"{Codes[issuer]}〔{year}〕{seq}号",
                Issuers = [Issuers[issuer]],
                Topic = Pick(r, Topics),
                Genre = "通知",
                Year = year,
                SignedDate = day,
                PublishedDate = day.AddDays(3),
                Validity = r.Next(10) < 8 ? "现行有效" : (r.Next(2) == 0 ? "已废止" : "已失效"),
            });
        }
        return list;
    }

    /// <summary>Substrings of <paramref name="length"/> Han characters cut at random points of random bodies.</summary>
    public static List<string> Queries(List<SearchDocument> docs, int count, int minLength, int maxLength, int seed)
    {
        var r = new Random(seed);
        var list = new List<string>(count);
        while (list.Count < count)
        {
            var body = docs[r.Next(docs.Count)].Body;
            var len = r.Next(minLength, maxLength + 1);
            var start = r.Next(body.Length - len);
            var q = body.Substring(start, len);
            if (q.All(c => c >= '\u4e00' && c <= '\u9fff'))
            {
                list.Add(q);
            }
        }
        return list;
    }
}
