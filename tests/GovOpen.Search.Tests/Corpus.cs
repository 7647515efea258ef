using GovOpen.Core.Disclosure;

namespace GovOpen.Search.Tests;

/// <summary>A small hand-written corpus about the fictional 示例市.</summary>
internal static class Corpus
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static SearchDocument Policy(string id, string title, string body, string? number = null, string issuer = "示例市人民政府办公室",
        string topic = @"综合政务\政务公开", string genre = "通知", int year = 2024, string validity = "现行有效",
        DisclosureAttribute disclosure = DisclosureAttribute.Proactive, DateOnly? published = null) => new()
        {
            Id = id,
            ContentType = SearchContentTypes.Policy,
            Title = title,
            Body = body,
            DocumentNumber = number,
            Issuers = [issuer],
            Topic = topic,
            Genre = genre,
            Year = year,
            PublishedDate = published ?? new DateOnly(year, 3, 1),
            SignedDate = published ?? new DateOnly(year, 2, 25),
            Validity = validity,
            Disclosure = disclosure,
            Route = $"/zwgk/zcwj/{id}/",
        };

    public static List<SearchDocument> Docs() =>
    [
        Policy("p1", "示例市人民政府办公室关于做好2024年政务公开工作的通知", "各区人民政府，市政府各委、办、局：为深入推进政务公开，提升政务公开质量，现将有关事项通知如下。一、加强政策解读。", "京政办发〔2017〕12号", year: 2017, published: new DateOnly(2017, 4, 1)),
        Policy("p2", "示例市人民政府办公室关于印发示例市政务服务事项清单的通知", "按照京政办发〔2017〕12号文件要求，编制政务服务事项清单。政务服务与公开工作同步推进。", "京政办发〔2017〕13号", year: 2017, published: new DateOnly(2017, 5, 1)),
        Policy("p3", "示例市发展和改革委员会关于调整停车收费标准的通知", "为规范停车服务收费行为，根据《中华人民共和国价格法》，现调整本市停车收费标准。税费另行公布。", "示发改价〔2024〕3号", issuer: "示例市发展和改革委员会", topic: @"国民经济管理、国有资产监管\物价", year: 2024),
        Policy("p4", "示例市市场监督管理局关于加强食品安全监管的意见", "食品安全关系人民群众身体健康。各单位要落实企业主体责任，加强抽检，做好信息公开。", "示市监发〔2023〕8号", issuer: "示例市市场监督管理局", topic: @"市场监管、安全生产监管\食品药品监管", genre: "意见", year: 2023),
        Policy("p5", "示例市个人所得税专项附加扣除办理指引", "纳税人可通过手机办理专项附加扣除。办理时间为每年3月至6月。", null, issuer: "示例市税务局", topic: @"财政、金融、审计\税务", genre: "其他", year: 2025, validity: "已废止"),
        Policy("p6", "示例市城市道路管理办法", "本办法自2020年1月1日起施行。政务信息公开栏设在各街道。", "示府令第21号", issuer: "示例市人民政府", topic: @"城乡建设、环境保护\城乡建设（含住房）", genre: "命令（令）", year: 2020, validity: "已修订"),
        Policy("p7", "示例市内部事务管理规定", "本规定涉及人事管理和后勤管理，属于内部事务信息。政务公开", "示府办发〔2024〕99号", disclosure: DisclosureAttribute.NotDisclosed, year: 2024),
        Policy("p8", "示例市依申请公开专项事项答复", "仅涉及特定申请人的事项。政务公开", "示府办函〔2024〕5号", disclosure: DisclosureAttribute.OnRequest, year: 2024),
        Policy("p9", "示例市政务公开工作要点（尚未发布）", "明年发布的政务公开工作要点。", "示府办发〔2027〕1号", year: 2026, published: new DateOnly(2026, 12, 15)),
        new SearchDocument
        {
            Id = "i1",
            ContentType = SearchContentTypes.Interpretation,
            Title = "图解：2024年政务公开工作要点",
            Body = "一图读懂政务公开工作重点任务。",
            Genre = "图解",
            Issuers = ["示例市人民政府办公室"],
            Topic = @"综合政务\政务公开",
            Year = 2024,
            PublishedDate = new DateOnly(2024, 3, 3),
            PolicyIds = ["p1"],
            PolicyTitles = ["示例市人民政府办公室关于做好2024年政务公开工作的通知"],
        },
    ];

    public static GovSearchIndex Open(SearchIndexKind kind = SearchIndexKind.Public, IEnumerable<SearchDocument>? docs = null) =>
        GovSearchIndex.Open(new SearchIndexOptions { Kind = kind, Clock = new FixedClock(Today) }, () => docs ?? Docs());
}

internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    /// <summary>The agency clock (China Standard Time) over this time source.</summary>
    public static implicit operator GovOpen.Core.Time.AgencyClock(FixedClock clock) => new(clock);

    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
