namespace GovOpen.Core.Documents;

/// <summary>One 主题分类 class with its sub-classes.</summary>
public sealed record TopicClass(string Code, string Name, IReadOnlyList<string> SubClasses);

/// <summary>
/// The 22-class 主题分类 taxonomy of the gov.cn policy library (国务院政策文件库). Values are stored as
/// <c>一级\二级</c> strings (e.g. <c>综合政务\政务公开</c>) or the top-level name alone.
/// </summary>
public static class TopicTaxonomy
{
    public const string Field = "topic";

    public const char Separator = '\\';

    public static IReadOnlyList<TopicClass> Classes { get; } =
    [
        new("01", "国务院组织机构", ["国务院", "国务院办公厅", "国务院组成部门", "国务院直属特设机构", "国务院直属机构", "国务院办事机构", "国务院直属事业单位", "国务院部委管理的国家局", "国务院议事协调机构", "其他"]),
        new("02", "综合政务", ["政务公开", "政务督查", "应急管理", "电子政务", "文秘工作", "保密工作", "信访", "参事、文史", "其他"]),
        new("03", "国民经济管理、国有资产监管", ["宏观经济", "经济体制改革", "统计", "物价", "国有资产监管", "重大建设项目", "其他"]),
        new("04", "财政、金融、审计", ["财政", "税务", "银行", "货币（含外汇）", "证券", "保险", "社会信用体系建设", "审计", "其他"]),
        new("05", "国土资源、能源", ["土地", "矿产", "水资源", "海洋", "煤炭", "石油与天然气", "电力", "其他"]),
        new("06", "农业、林业、水利", ["农业、畜牧业、渔业", "林业", "水利", "其他"]),
        new("07", "工业、交通", ["机械制造与重工业", "轻工纺织", "化工", "国防工业", "航天、航空", "信息产业（含电信）", "公路", "水运", "铁路", "民航", "邮政", "其他"]),
        new("08", "商贸、海关、旅游", ["对外经贸合作", "国内贸易（含供销）", "海关", "检验、检疫", "旅游", "其他"]),
        new("09", "市场监管、安全生产监管", ["工商", "质量监督", "标准", "食品药品监管", "安全生产监管", "其他"]),
        new("10", "城乡建设、环境保护", ["城市规划", "城乡建设（含住房）", "环境监测、保护与治理", "节能与资源综合利用", "气象、水文、测绘、地震", "其他"]),
        new("11", "科技、教育", ["科技", "教育", "知识产权", "其他"]),
        new("12", "文化、广电、新闻出版", ["文化", "文物", "新闻出版", "广播、电影、电视", "其他"]),
        new("13", "卫生、体育", ["卫生", "医药管理", "体育", "其他"]),
        new("14", "人口与计划生育、妇女儿童工作", ["人口与计划生育", "妇女儿童", "其他"]),
        new("15", "劳动、人事、监察", ["劳动就业", "社会保障", "人事工作", "军转安置", "监察", "纠正行业不正之风", "其他"]),
        new("16", "公安、安全、司法", ["公安", "国家安全", "司法", "其他"]),
        new("17", "民政、扶贫、救灾", ["减灾救灾", "优抚安置", "社会福利", "行政区划与地名", "社团管理", "扶贫", "其他"]),
        new("18", "民族、宗教", ["民族事务", "宗教事务"]),
        new("19", "对外事务", ["外交、外事", "国际条约、国际组织", "其他"]),
        new("20", "港澳台侨工作", ["港澳工作", "对台工作", "侨务工作"]),
        new("21", "国防", ["国防建设", "国防动员"]),
        new("22", "其他", []),
    ];

    /// <summary>Checks a stored topic value; accepts <c>一级</c> or <c>一级\二级</c> (also with / or ＼ as separator).</summary>
    public static Issue? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Issue.Error(Field, "empty", "主题分类不能为空", "The topic class is empty.");
        }
        var (top, sub) = Split(value);
        var cls = Classes.FirstOrDefault(c => c.Name == top);
        if (cls is null)
        {
            return Issue.Error(Field, "unknown-class", $"“{top}”不是主题分类的一级类目", $"'{top}' is not a top-level topic class.");
        }
        if (sub is not null && !cls.SubClasses.Contains(sub))
        {
            return Issue.Error(Field, "unknown-subclass", $"“{sub}”不是“{top}”的二级类目", $"'{sub}' is not a sub-class of '{top}'.");
        }
        return null;
    }

    /// <summary>Normalizes separators to <c>\</c>.</summary>
    public static string Normalize(string value)
    {
        var (top, sub) = Split(value);
        return sub is null ? top : $"{top}{Separator}{sub}";
    }

    /// <summary>The top-level class name of a stored value.</summary>
    public static string TopLevel(string value) => Split(value).Top;

    /// <summary>Code of a class ("02"), for index numbers and URLs.</summary>
    public static string? CodeOf(string value) => Classes.FirstOrDefault(c => c.Name == TopLevel(value))?.Code;

    private static (string Top, string? Sub) Split(string value)
    {
        var v = value.Trim().Replace('＼', Separator).Replace('/', Separator);
        var i = v.IndexOf(Separator);
        return i < 0 ? (v, null) : (v[..i].Trim(), v[(i + 1)..].Trim());
    }
}
