namespace GovOpen.Core.Disclosure;

/// <summary>One category of 法定主动公开内容 (《政府信息公开条例》第二十条) with how often its column is expected to change.</summary>
public sealed record CatalogueCategory(string Key, int Item, string Name, int UpdateIntervalDays, string IntervalBasis);

/// <summary>How a catalogue column stands on a day.</summary>
public enum ColumnFreshness
{
    /// <summary>Updated within its interval.</summary>
    Current,
    /// <summary>Not updated within its interval (the inspections' 栏目不更新).</summary>
    Stale,
    /// <summary>No content at all (the inspections' 空白栏目): never shown on the site as “建设中”.</summary>
    Empty,
}

/// <summary>
/// The fifteen categories an administrative organ must disclose proactively (条例 art. 20), as columns an agency
/// switches on, with the update intervals of 《政府网站与政务新媒体检查指标》 (国办函〔2019〕80号): 动态、要闻类 2 weeks;
/// 通知公告、政策文件类 6 months; 人事、规划计划类 1 year. An agency may set its own interval per column.
/// </summary>
public static class StatutoryCatalogue
{
    private const string Notices = "通知公告、政策文件类栏目超过6个月未更新（国办函〔2019〕80号）";
    private const string Yearly = "人事、规划计划类栏目超过1年未更新（国办函〔2019〕80号）";

    public static readonly IReadOnlyList<CatalogueCategory> Categories =
    [
        new("regulations", 1, "行政法规、规章和规范性文件", 180, Notices),
        new("functions", 2, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", 365, Yearly),
        new("plans", 3, "国民经济和社会发展规划、专项规划、区域规划及相关政策", 365, Yearly),
        new("statistics", 4, "国民经济和社会发展统计信息", 180, Notices),
        new("licensing", 5, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", 180, Notices),
        new("penalties", 6, "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定", 180, Notices),
        new("budgets", 7, "财政预算、决算信息", 365, Yearly),
        new("fees", 8, "行政事业性收费项目及其依据、标准", 365, Yearly),
        new("procurement", 9, "政府集中采购项目的目录、标准及实施情况", 180, Notices),
        new("projects", 10, "重大建设项目的批准和实施情况", 180, Notices),
        new("livelihood", 11, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", 180, Notices),
        new("emergencies", 12, "突发公共事件的应急预案、预警信息及应对情况", 180, Notices),
        new("inspections", 13, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", 180, Notices),
        new("recruitment", 14, "公务员招考的职位、名额、报考条件等事项以及录用结果", 365, Yearly),
        new("other", 15, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", 365, Yearly),
    ];

    public static CatalogueCategory? Find(string? key) => Categories.FirstOrDefault(c => string.Equals(c.Key, key?.Trim(), StringComparison.Ordinal));

    /// <summary>Whether a column last updated on <paramref name="lastUpdate"/> (null: it has no content) is current on <paramref name="today"/>.</summary>
    public static ColumnFreshness Freshness(DateOnly? lastUpdate, DateOnly today, int intervalDays) =>
        lastUpdate is not { } last ? ColumnFreshness.Empty
        : today.DayNumber - last.DayNumber > intervalDays ? ColumnFreshness.Stale
        : ColumnFreshness.Current;
}

/// <summary>How one switched-on catalogue column stands: its category, where its content is, and how current it is.</summary>
public sealed record CatalogueColumnState<T>(CatalogueCategory Category, T Holder, DateOnly? LastUpdate, int Count, int IntervalDays, ColumnFreshness Freshness);

/// <summary>One switched-on catalogue column of the loaded content: the page that switches it on, and its state.</summary>
public sealed record CatalogueColumn(CatalogueCategory Category, Content.ContentItem Page, string Href, DateOnly? LastUpdate, int Count, ColumnFreshness Freshness, int IntervalDays);

/// <summary>
/// The 法定主动公开内容 columns: a page under the catalogue page switches a category on with <c>catalogueCategory</c>;
/// its content is the page's own descendants, or those of the column its <c>linkedColumn</c> route names
/// (规章和规范性文件 → the 政策文件 column) — or, when that has none, the holder itself if it has text (机关职能 on the
/// 公开指南). The last update is the newest of them; <c>updateIntervalDays</c> overrides the category's interval. One
/// rule for every store: the site reads content items, the plugin Umbraco documents.
/// </summary>
public static class CatalogueColumns
{
    /// <summary>The state of the column a page switches on, or null when the page switches none on.</summary>
    public static CatalogueColumnState<T>? Assess<T>(
        Content.IContentValues page,
        T node,
        Func<string, T?> byRoute,
        Func<T, IReadOnlyList<T>> descendants,
        Func<T, bool> hasOwnText,
        Func<T, DateOnly> updatedOn,
        DateOnly today)
        where T : class
    {
        if (StatutoryCatalogue.Find(Content.Codecs.ScalarCodecs.ReadText(page.Get(Content.PropertyAliases.CatalogueCategory))) is not { } category)
        {
            return null;
        }
        var holder = Content.Codecs.ScalarCodecs.ReadText(page.Get(Content.PropertyAliases.LinkedColumn)) is { Length: > 0 } route
            ? byRoute(Content.ContentRoute.Normalize(route)) ?? node
            : node;
        var items = descendants(holder).ToList();
        if (items.Count == 0 && hasOwnText(holder))
        {
            items.Add(holder);
        }
        var interval = Content.Codecs.ScalarCodecs.ReadNumber(page.Get(Content.PropertyAliases.UpdateIntervalDays)) is { } d && d > 0 ? (int)d : category.UpdateIntervalDays;
        DateOnly? last = items.Count == 0 ? null : items.Max(updatedOn);
        return new CatalogueColumnState<T>(category, holder, last, items.Count, interval, StatutoryCatalogue.Freshness(last, today, interval));
    }

    /// <summary>The columns switched on by <paramref name="pages"/> of the loaded content, in the order of art. 20.</summary>
    public static IReadOnlyList<CatalogueColumn> Of(
        IEnumerable<Content.ContentItem> pages,
        Func<string, Content.ContentItem?> byRoute,
        Func<string, IEnumerable<Content.ContentItem>> childrenOf,
        Func<DateTimeOffset, DateOnly> dateOf,
        DateOnly today) =>
        Of(pages, page => page, byRoute, childrenOf, HasOwnText, dateOf, today);

    /// <summary>
    /// The same over any nodes of the content tree (<typeparamref name="T"/>: the items themselves, or lighter
    /// stand-ins that carry a node's id, route and dates): a column's descendants are only counted and dated, so a
    /// store that can walk the tree without reading every item need not read them. <paramref name="hasOwnText"/> is
    /// asked only of a holder without descendants (<see cref="HasOwnText"/> on its item).
    /// </summary>
    public static IReadOnlyList<CatalogueColumn> Of<T>(
        IEnumerable<Content.ContentItem> pages,
        Func<Content.ContentItem, T> nodeOf,
        Func<string, T?> byRoute,
        Func<string, IEnumerable<T>> childrenOf,
        Func<T, bool> hasOwnText,
        Func<DateTimeOffset, DateOnly> dateOf,
        DateOnly today)
        where T : class, Content.IContentNode
    {
        var columns = new List<CatalogueColumn>();
        foreach (var page in pages)
        {
            if (Assess(page, nodeOf(page), byRoute, h => Descendants(h.Id, childrenOf).ToList(), hasOwnText,
                    i => dateOf(i.UpdateDate > i.CreateDate ? i.UpdateDate : i.CreateDate), today) is { } state)
            {
                columns.Add(new CatalogueColumn(state.Category, page, Content.ContentRoute.Normalize(state.Holder.Route.Path), state.LastUpdate, state.Count, state.Freshness, state.IntervalDays));
            }
        }
        return columns.OrderBy(c => c.Category.Item).ToList();
    }

    /// <summary>Whether an item has text of its own (a holder without descendants counts as the column's one item).</summary>
    public static bool HasOwnText(Content.IContentValues item) =>
        !string.IsNullOrWhiteSpace(Text.HtmlText.ToPlainText(Content.ContentMapper.Body(item)));

    private static IEnumerable<T> Descendants<T>(string id, Func<string, IEnumerable<T>> childrenOf) where T : Content.IContentNode
    {
        var stack = new Stack<string>([id]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (stack.Count > 0)
        {
            foreach (var child in childrenOf(stack.Pop()))
            {
                if (seen.Add(child.Id))
                {
                    yield return child;
                    stack.Push(child.Id);
                }
            }
        }
    }
}
