using System.Text.Json.Nodes;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Disclosure;

/// <summary>Who an entry of a 基层政务公开标准目录 is published for.</summary>
public enum PublicationAudience
{
    Everyone,
    SpecificGroups,
}

/// <summary>
/// One row of an agency's 基层政务公开标准目录 (the standard catalogues by 领域 that county and township governments
/// publish under the 基层政务公开标准化规范化 work; docs/domain-model.md): the matter (一级/二级事项), what is published (公开内容/要素),
/// the basis, the time limit, the responsible body, the audience (全社会/特定群体), how (主动/依申请 — the 公开属性
/// vocabulary, 不予公开 is no row of a publication catalogue), the channels, and the level (县级/乡级).
/// </summary>
public sealed record StandardCatalogueEntry(
    string Area,
    string Item,
    string Content,
    string Basis,
    string TimeLimit,
    string Body,
    PublicationAudience Audience,
    DisclosureAttribute Mode,
    IReadOnlyList<string> Channels,
    string? Level);

/// <summary>
/// The 基层政务公开标准目录 as stored on a page (<c>standardCatalogue</c>):
/// <c>[{"area","item","content","basis","timeLimit","body","audience","mode","channels":[…],"level"}]</c>, with its rules.
/// </summary>
public static class StandardCatalogue
{
    public const string Field = Content.PropertyAliases.StandardCatalogue;

    public static Vocabulary<PublicationAudience> Audiences { get; } = new("publicationAudience", Field,
    [
        new(PublicationAudience.Everyone, "everyone", "全社会", "The public at large") { Synonyms = ["全体", "社会公众"] },
        new(PublicationAudience.SpecificGroups, "specificGroups", "特定群体", "Specific groups") { Synonyms = ["特定对象"] },
    ]);

    /// <summary>Reads the stored rows; a row that cannot be read is reported by number and field and left out.</summary>
    public static IReadOnlyList<StandardCatalogueEntry> Read(JsonNode? node, List<Issue> issues) => Rows.Read(node, issues);

    /// <summary>The property as a row list: read, checked and shown the way every row-list property is.</summary>
    public static RowList<StandardCatalogueEntry> Rows { get; } = new(Field, "基层政务公开标准目录", "standard catalogue", "标准目录", "Catalogue",
        ReadRow, Validate, r => string.Join("\n", r.Item, r.Content, r.Basis, r.TimeLimit, r.Body));

    private static StandardCatalogueEntry? ReadRow(JsonObject o, int n, List<Issue> issues)
    {
        string Text(string key) => RowList<StandardCatalogueEntry>.Text(o, key);
        var before = issues.Count;
        var audience = Audiences.TryParse(Text("audience"), out var a) ? a : (PublicationAudience?)null;
        if (audience is null)
        {
            issues.Add(Issue.Error(Field, "audience", $"第{n + 1}项的“公开对象”应为全社会或特定群体（现为“{Text("audience")}”）", $"Row {n + 1}: the audience must be 全社会 or 特定群体."));
        }
        var mode = DisclosureNames.Attributes.TryParse(Text("mode"), out var m) || TryShortMode(Text("mode"), out m) ? m : (DisclosureAttribute?)null;
        if (mode is null or DisclosureAttribute.NotDisclosed)
        {
            issues.Add(Issue.Error(Field, "mode", $"第{n + 1}项的“公开方式”应为主动公开或依申请公开（现为“{Text("mode")}”）", $"Row {n + 1}: the mode must be proactive or on request."));
        }
        var channels = o["channels"] switch
        {
            JsonArray list => list.Select(c => ScalarCodecs.ReadText(c)?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).ToList(),
            var single => (ScalarCodecs.ReadText(single) ?? "").Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        return issues.Count > before
            ? null
            : new StandardCatalogueEntry(Text("area"), Text("item"), Text("content"), Text("basis"), Text("timeLimit"), Text("body"),
                audience!.Value, mode!.Value, channels, Text("level") is { Length: > 0 } level ? level : null);
    }

    private static bool TryShortMode(string text, out DisclosureAttribute mode)
    {
        mode = text switch { "主动" => DisclosureAttribute.Proactive, "依申请" => DisclosureAttribute.OnRequest, _ => DisclosureAttribute.NotDisclosed };
        return text is "主动" or "依申请";
    }

    /// <summary>The fields a row must have for the table to mean something, by stored key, with their names.</summary>
    private static readonly (string Key, string Name, string En, Func<StandardCatalogueEntry, string> Value)[] Required =
    [
        ("item", "公开事项", "matter", r => r.Item),
        ("content", "公开内容", "content", r => r.Content),
        ("basis", "公开依据", "basis", r => r.Basis),
        ("timeLimit", "公开时限", "time limit", r => r.TimeLimit),
        ("body", "公开主体", "responsible body", r => r.Body),
    ];

    /// <summary>
    /// What a row lacks, by stored key: each empty required field (the matter, what is published, the basis, the time
    /// limit, who publishes) and <c>channels</c> when it names none. The back office's editor marks the same keys
    /// (its port is checked against this in the generated rule cases).
    /// </summary>
    public static IReadOnlyList<string> MissingOf(StandardCatalogueEntry row)
    {
        var missing = Required.Where(f => string.IsNullOrWhiteSpace(f.Value(row))).Select(f => f.Key).ToList();
        if (row.Channels.Count == 0)
        {
            missing.Add("channels");
        }
        return missing;
    }

    /// <summary>What each row must have for the table to mean something (<see cref="MissingOf"/>), one issue per gap.</summary>
    public static IReadOnlyList<Issue> Validate(IReadOnlyList<StandardCatalogueEntry> rows)
    {
        var issues = new List<Issue>();
        for (var n = 0; n < rows.Count; n++)
        {
            foreach (var key in MissingOf(rows[n]))
            {
                if (key == "channels")
                {
                    issues.Add(Issue.Error(Field, "channels", $"第{n + 1}项须至少填写一个公开渠道（如政府网站、政务新媒体、公开栏）", $"Row {n + 1} needs at least one channel."));
                    continue;
                }
                var f = Required.Single(r => r.Key == key);
                issues.Add(Issue.Error(Field, "required", $"第{n + 1}项须填写“{f.Name}”", $"Row {n + 1} needs its {f.En}."));
            }
        }
        return issues;
    }

    public static JsonArray Write(IEnumerable<StandardCatalogueEntry> rows) => new(rows.Select(r => (JsonNode)new JsonObject
    {
        ["area"] = r.Area,
        ["item"] = r.Item,
        ["content"] = r.Content,
        ["basis"] = r.Basis,
        ["timeLimit"] = r.TimeLimit,
        ["body"] = r.Body,
        ["audience"] = Audiences.Alias(r.Audience),
        ["mode"] = DisclosureNames.Attributes.Alias(r.Mode),
        ["channels"] = new JsonArray(r.Channels.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
        ["level"] = r.Level,
    }).ToArray());
}
