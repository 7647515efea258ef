using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using GovOpen.Site.Services;

namespace GovOpen.Site.Tests;

/// <summary>
/// The sample package plus items built to leak: one group of canary strings (id, title, 文号 in two written forms,
/// body marker, reason, attachment name and bytes) for each way a document can be withheld, and public items that
/// refer to them (a fee's 收费依据, a body link, a validity "abolished by"). Also public controls that must stay
/// visible, so a test that shows nothing cannot pass.
/// </summary>
public sealed class LeakFixture : IDisposable
{
    public static readonly DateOnly Today = SiteFactory.Today;

    public sealed record Group(string Id, string Title, string Number, string AltNumber, string Marker, string Route, string MediaKey)
    {
        public IEnumerable<string> Canaries => [Id, Title, Number, AltNumber, Marker, MediaKey, "附件" + Marker];

        public byte[] MediaBytes => Encoding.UTF8.GetBytes($"%PDF-1.4 {Marker}-bytes");
    }

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("govopen-leak").FullName;

    /// <summary>Withheld on <see cref="Today"/> and after: 依申请公开, 不予公开, a string draft flag, an unknown 公开属性, a child of a withheld folder, an orphan.</summary>
    public List<Group> Withheld { get; } = [];

    /// <summary>Scheduled for tomorrow: withheld today, public after the day rolls over.</summary>
    public Group Scheduled { get; }

    /// <summary>Public items and their attachment: must be reachable.</summary>
    public const string PublicControlRoute = "/xxgk/zcwj/leak-public/";
    public const string PublicControlMedia = "media/leak/public-ok.pdf";
    public const string PublicControlTitle = "示例市泄露测试公开对照文件";
    public const string FeeRoute = "/xxgk/jgsf/leak-fee/";
    public const string ExternalBasis = "国家发改价格〔2020〕9号";

    public List<ContentItem> Items { get; }

    public Dictionary<string, byte[]> Media { get; } = new(StringComparer.Ordinal);

    public LeakFixture()
    {
        var sample = ContentPackage.Load(PackageContentSource.EmbeddedPath);
        Items = sample.Items.ToList();
        Group G(string id, string code, int n, string route)
        {
            var g = new Group(id, $"示例市泄露测试{code}文件关于{id}的通知", $"秘{code}发〔2026〕{n}号", $"秘{code}发[2026]{n}号", $"CANARY-{id}-BODY",
                route, $"media/leak/{id}-fj.pdf");
            Media[g.MediaKey] = g.MediaBytes;
            return g;
        }
        var onRequest = G("leak-onreq", "甲", 101, "/xxgk/zcwj/leak-onreq/");
        var notDisclosed = G("leak-notdisc", "乙", 102, "/xxgk/zcwj/leak-notdisc/");
        var draft = G("leak-draft", "丙", 103, "/xxgk/zcwj/leak-draft/");
        var unknown = G("leak-unknown", "丁", 104, "/xxgk/zcwj/leak-unknown/");
        var child = G("leak-child", "戊", 105, "/xxgk/zcwj/leak-folder/leak-child/");
        var orphan = G("leak-orphan", "己", 106, "/xxgk/gone/leak-orphan/");
        Scheduled = G("leak-sched", "庚", 107, "/xxgk/zcwj/leak-sched/");
        Withheld.AddRange([onRequest, notDisclosed, draft, unknown, child, orphan]);

        Items.Add(Policy(onRequest, "zcwj", new JsonObject { ["attribute"] = "onRequest", ["reason"] = "CANARY-REASON-onreq" }));
        Items.Add(Policy(notDisclosed, "zcwj", new JsonObject { ["attribute"] = "notDisclosed", ["ground"] = "art16-internal", ["reason"] = "CANARY-REASON-notdisc" }));
        Items.Add(Policy(draft, "zcwj", Proactive()) with { Properties = With(Policy(draft, "zcwj", Proactive()).Properties, "draft", "true") });
        Items.Add(Policy(unknown, "zcwj", new JsonObject { ["attribute"] = "somethingElse" }));
        Items.Add(new ContentItem
        {
            Id = "leak-folder", ContentType = ContentTypes.PolicyFolder, Name = "CANARY-FOLDER-NAME", ParentId = "zcwj",
            Route = new ContentRoute("/xxgk/zcwj/leak-folder/"), Properties = new JsonObject { ["draft"] = true },
        });
        Items.Add(Policy(child, "leak-folder", Proactive()));
        Items.Add(Policy(orphan, "gone", Proactive()));
        Items.Add(Policy(Scheduled, "zcwj", Proactive(), published: Today.AddDays(1)));

        // Public items that refer to withheld ones.
        Media[PublicControlMedia] = Encoding.UTF8.GetBytes("%PDF-1.4 public control");
        Items.Add(new ContentItem
        {
            Id = "leak-public", ContentType = ContentTypes.PolicyDocument, Name = PublicControlTitle, ParentId = "zcwj",
            Route = new ContentRoute(PublicControlRoute),
            Properties = new JsonObject
            {
                ["documentNumber"] = "示府办发〔2026〕188号",
                ["issuers"] = new JsonArray("示例市人民政府办公室"),
                ["signedDate"] = "2020-01-01",
                ["publishedDate"] = "2020-01-02",
                ["genre"] = "通知",
                ["disclosure"] = Proactive(),
                ["body"] = new JsonObject
                {
                    ["markup"] = $"<p>详见<a href=\"{onRequest.Route}\">《{onRequest.Title}》</a>和<a href=\"https://site.example{notDisclosed.Route}?x=1\">{notDisclosed.Number}</a>，以及<a href=\"/xxgk/zcwj/zcwj-2024-001/\">公开文件</a>。</p>",
                    ["blocks"] = new JsonArray(),
                },
                ["attachments"] = new JsonArray(
                    new JsonObject { ["name"] = "公开附件", ["url"] = PublicControlMedia, ["size"] = 2048 },
                    new JsonObject { ["name"] = "脚本附件", ["url"] = "javascript:alert(1)" }),
                ["validity"] = new JsonObject
                {
                    ["effectiveDate"] = "2020-01-01",
                    ["history"] = new JsonArray(new JsonObject
                    {
                        ["kind"] = "abolished",
                        ["date"] = "2026-01-01",
                        ["by"] = new JsonObject { ["id"] = notDisclosed.Id, ["documentNumber"] = notDisclosed.Number, ["title"] = notDisclosed.Title },
                    }),
                },
            },
        });
        Items.Add(new ContentItem
        {
            Id = "leak-fee", ContentType = ContentTypes.FeeItem, Name = "泄露测试收费项目", ParentId = "jgsf",
            Route = new ContentRoute(FeeRoute),
            Properties = new JsonObject
            {
                ["feeCategory"] = "政府定价经营服务性收费",
                ["collector"] = "示例市测试中心",
                ["payer"] = "办事群众",
                ["publishedDate"] = "2020-01-01",
                ["disclosure"] = Proactive(),
                ["standards"] = new JsonArray(new JsonObject
                {
                    ["from"] = "2020-01-01",
                    ["amount"] = 3,
                    ["unit"] = "元/次",
                    ["basis"] = new JsonArray(onRequest.Number, notDisclosed.AltNumber, ExternalBasis, "示府规〔2024〕1号"),
                }),
            },
        });
    }

    /// <summary>Every canary withheld on a day (the scheduled group too before its day).</summary>
    public IEnumerable<string> ForbiddenOn(DateOnly day) =>
        Withheld.Concat(day <= Today ? [Scheduled] : []).SelectMany(g => g.Canaries)
            .Concat(["CANARY-REASON-onreq", "CANARY-REASON-notdisc", "CANARY-FOLDER-NAME"]);

    public IEnumerable<Group> WithheldOn(DateOnly day) => Withheld.Concat(day <= Today ? [Scheduled] : []);

    /// <summary>Writes the fixture as a content package (with its media) and returns its directory.</summary>
    public string WritePackage()
    {
        var sample = ContentPackage.Load(PackageContentSource.EmbeddedPath);
        ContentPackage.Write(Directory, sample.Manifest, Items.Where(i => ContentItemCheck.Problem(i, i.Id) is null));
        foreach (var f in System.IO.Directory.EnumerateFiles(Path.Combine(PackageContentSource.EmbeddedPath, "media"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(PackageContentSource.EmbeddedPath, f));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target, true);
        }
        foreach (var (key, bytes) in Media)
        {
            var target = Path.Combine(Directory, key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
        return Directory;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, true);

    private static JsonObject Proactive() => new() { ["attribute"] = "proactive" };

    private static JsonObject With(JsonObject o, string key, JsonNode value)
    {
        var copy = (JsonObject)o.DeepClone();
        copy[key] = value;
        return copy;
    }

    private static ContentItem Policy(Group g, string parent, JsonObject disclosure, DateOnly? published = null) => new()
    {
        Id = g.Id,
        ContentType = ContentTypes.PolicyDocument,
        Name = g.Title,
        ParentId = parent,
        Route = new ContentRoute(g.Route),
        Properties = new JsonObject
        {
            ["documentNumber"] = g.Number,
            ["issuers"] = new JsonArray("示例市人民政府办公室"),
            ["signedDate"] = "2026-01-05",
            ["publishedDate"] = (published ?? new DateOnly(2026, 1, 6)).ToString("yyyy-MM-dd"),
            ["genre"] = "通知",
            ["disclosure"] = disclosure,
            ["body"] = new JsonObject { ["markup"] = $"<p>{g.Marker}</p>", ["blocks"] = new JsonArray() },
            ["attachments"] = new JsonArray(new JsonObject { ["name"] = "附件" + g.Marker, ["url"] = g.MediaKey, ["size"] = 1024 }),
        },
    };

    public static string Json(IEnumerable<ContentItem> items) => JsonSerializer.Serialize(items, ContentPackage.Json);
}
