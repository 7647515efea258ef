using Ganss.Xss;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Time;
using GovOpen.Search;

namespace GovOpen.Site.Services;

/// <summary>
/// What the site serves on one day: Core's <see cref="PublicSurface.Of"/> over the loaded content (only items the
/// public may see, links to anything else removed), plus what rendering needs — routes, sanitized rich text and a
/// search index of exactly those items. Every page, list, feed, sitemap and search result reads from here and
/// nowhere else, so a 依申请公开 or 不予公开 item cannot leak. Built afresh for each load and each day.
/// </summary>
public sealed class SiteContent
{
    private SiteContent(IPublicView content, AgencyClock clock, string source, Func<string, string?> resolveMedia)
    {
        Clock = clock;
        Public = content;
        SourceDescription = source;
        ResolveMedia = resolveMedia;
        LoadedAt = clock.Time.GetUtcNow();
        // Routes come from the items' heads: a snapshot read back from a store reads no item to know its routes.
        var routes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var head in content.Heads)
        {
            routes.TryAdd(NormalizePath(head.Route.Path), head.Id);
        }
        ByRoute = new LazyMap<ContentItem>(routes.Keys.ToList(), routes.ContainsKey, route => content.ById[routes[route]]); // kept by ById
        _routeIds = routes;
    }

    private readonly Dictionary<string, string> _routeIds;

    // Rich text is sanitized when a page first shows it, not all at start: the cost of a snapshot does not grow with
    // pages nobody opens. HtmlSanitizer instances are not shared between threads.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(CreateSanitizer);
    /// <summary>Sanitized rich text kept per snapshot (UTF-16 bytes, estimated).</summary>
    internal const long RichTextBudget = 32L * 1024 * 1024;

    private readonly BoundedMemo<string> _html = new(RichTextBudget, static (key, html) => (key.Length + html.Length) * 2L + 64);

    /// <summary>
    /// The sanitized rich text of a property of a public item (正文, 起草说明, 意见采纳情况), kept once made — within
    /// <see cref="RichTextBudget"/>: a crawl of every page of a large site does not keep every body twice.
    /// </summary>
    public string RichTextOf(string id, string alias) =>
        _html.GetOrAdd(id + "\u001F" + alias, static s => s.Items.TryGetValue(s.Id, out var item)
            ? Sanitizer.Value!.Sanitize(GovOpen.Core.Content.Codecs.ScalarCodecs.ReadRichText(item.Get(s.Alias)))
            : "", (Items, Id: id, Alias: alias));

    /// <summary>How much sanitized rich text this snapshot keeps now (estimated bytes).</summary>
    internal long RichTextKept => _html.Used;

    /// <summary>The sanitized 正文 of a public item (cached once made).</summary>
    public string HtmlOf(string id) => RichTextOf(id, PropertyAliases.Body);

    // Search results of this snapshot: it never changes, so a list page asked again is answered from memory.
    private readonly BoundedMemo<SearchResult> _results = new(16L * 1024 * 1024, static (key, r) => SizeOf(key, r));

    /// <summary>A search result's size in memory, estimated (strings as UTF-16, a fixed cost per hit and facet value).</summary>
    private static long SizeOf(string key, SearchResult r) =>
        key.Length * 2L + 256
        + r.Hits.Sum(h => 2L * (h.Title.Length + h.TitleHtml.Length + h.Snippet.Length + (h.Route?.Length ?? 0) + h.PolicyTitles.Sum(t => t.Length)) + 256)
        + r.Facets.Values.Sum(v => v.Count * 96L);

    /// <summary>Runs a search on this snapshot's index, remembering the result (bounded) for the same query.</summary>
    public SearchResult Query(SearchQuery query)
    {
        var key = string.Join('\u001F', query.Text ?? "", query.Sort, query.Skip, query.Take, query.TitleOnly, query.IncludeFacets, query.IncludeSnippets,
            string.Join('\u001E', query.Filters.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + string.Join('\u001D', f.Value))));
        return _results.GetOrAdd(key, static s => s.Index.Search(s.Query), (Index: Search, Query: query));
    }

    /// <summary>The agency's clock: dates shown are calendar dates in the agency's zone.</summary>
    public AgencyClock Clock { get; }

    /// <summary>Core's view of what the public sees today (in memory, or read back from a <see cref="SiteStore"/> copy).</summary>
    public IPublicView Public { get; }

    /// <summary>True when this snapshot was read back from a <see cref="SiteStore"/> copy instead of made from the source.</summary>
    public bool IsStored => Public is StoredPublicView;

    public PackageManifest Manifest => Public.Manifest;

    public DateOnly Today => Public.Today;

    public IReadOnlyDictionary<string, ContentItem> Items => Public.ById;

    /// <summary>Normalized route → public item (read when first asked for).</summary>
    public IReadOnlyDictionary<string, ContentItem> ByRoute { get; }

    /// <summary>Every public item without its properties, in the order of the source.</summary>
    public IReadOnlyList<ItemHead> Heads => Public.Heads;


    public IReadOnlyDictionary<string, PolicyDocument> Policies => Public.Policies;

    public IReadOnlyDictionary<string, Interpretation> Interpretations => Public.Interpretations;

    public IReadOnlyDictionary<string, Meeting> Meetings => Public.Meetings;

    public IReadOnlyDictionary<string, FeeItem> Fees => Public.Fees;

    /// <summary>Normalized 文号 → public policy.</summary>
    public IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber => Public.PolicyByNumber;

    public ILookup<string, Interpretation> InterpretationsByPolicy => Public.InterpretationsByPolicy;

    private Task<GovSearchIndex> _search = null!;

    /// <summary>
    /// This snapshot's search index. It is opened or built in the background when the snapshot is made (on disk, off
    /// the managed heap); a refresh swaps a snapshot in only once its index is ready, so only the first requests after
    /// a cold start that need search wait for it — asynchronously, in their page handler
    /// (<see cref="StartupGate.SearchRefusalAsync"/>), which answers 503 if it takes too long.
    /// </summary>
    public GovSearchIndex Search => _search.GetAwaiter().GetResult();

    /// <summary>Completes when the index can answer.</summary>
    public Task SearchReady => _search;

    /// <summary>Resolves a media reference of the source package to a file (package mode), or null.</summary>
    public Func<string, string?> ResolveMedia { get; }

    public ContentItem? Root => Public.Root;

    public DateTimeOffset LoadedAt { get; }

    public string SourceDescription { get; }

    /// <summary>Mapping problems of the source, for logs (never shown to citizens).</summary>
    public IReadOnlyList<Issue> Problems => Public.Problems;

    /// <summary>An empty snapshot used when no content could be loaded at all.</summary>
    public bool IsEmpty => Items.Count == 0;

    public static SiteContent Empty(AgencyClock clock, string reason)
    {
        var s = new SiteContent(new MemoryPublicView(PublicSurface.Of(ContentSet.From(new PackageManifest(), []), clock.Today)), clock, reason, _ => null);
        s._search = Task.FromResult(GovSearchIndex.Open(new SearchIndexOptions(), () => []));
        return s;
    }

    /// <summary>
    /// The snapshot of a day: Core decides what is public; the search index holds exactly that. With
    /// <paramref name="indexRoot"/> the index lives in a folder named by its identity (<see cref="IndexIdentity"/>:
    /// a digest of exactly the documents it holds and of the code that wrote it), so a restart on the same content
    /// and day opens the index built before instead of indexing everything again; any change to what would be indexed
    /// names another folder. Without it the index is built in memory.
    /// </summary>
    /// <param name="indexAfter">The search index is opened or built once this completes (null: at once).</param>
    /// <param name="log">Told whether the index was reused or built, and why.</param>
    public static SiteContent Build(ContentSet set, AgencyClock clock, string source, Func<string, string?> resolveMedia, string? indexRoot = null, Task? indexAfter = null, Action<string>? log = null) =>
        Start(new SiteContent(new MemoryPublicView(PublicSurface.Of(set, clock.Today)), clock, source, resolveMedia), indexRoot, indexAfter, log);

    /// <summary>
    /// The snapshot a <see cref="SiteStore"/> copy holds (made by <see cref="Build"/> on the same package and day): no
    /// item is read until a page needs it, and the search index the copy names is opened (built again only if gone).
    /// </summary>
    public static SiteContent FromStore(StoredPublicView stored, AgencyClock clock, string source, Func<string, string?> resolveMedia, string? indexRoot = null, Task? indexAfter = null, Action<string>? log = null) =>
        Start(new SiteContent(stored, clock, source, resolveMedia), indexRoot, indexAfter, log);

    private static SiteContent Start(SiteContent s, string? indexRoot, Task? indexAfter, Action<string>? log)
    {
        var after = indexAfter ?? Task.CompletedTask;
        s._search = after.ContinueWith(_ => s.OpenIndex(indexRoot, log),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        // The media gate's set (every media path public items reference) is made on first use; made here once the
        // site answers, so the start does not wait for it (an attachment asked for before it is made waits for it).
        _ = after.ContinueWith(_ => s.Public.MediaReferences.Count,
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return s;
    }

    /// <summary>The search documents of this snapshot, made when first needed (a stored snapshot whose index is kept never needs them).</summary>
    private IReadOnlyList<SearchDocument> Documents() =>
        ContentIndexing.DocumentList(Public.Items, Public.Policies, Public.Interpretations, Public.Meetings, Public.Fees, Today);

    private GovSearchIndex OpenIndex(string? root, Action<string>? log)
    {
        var options = new SearchIndexOptions { Clock = Clock, MaxSegmentsAfterRebuild = 1, Log = log };
        var made = new Lazy<IReadOnlyList<SearchDocument>>(Documents);
        if (root is null)
        {
            return GovSearchIndex.Open(options, () => made.Value);
        }
        // A stored snapshot names the index the snapshot that wrote it opened, and the documents it holds.
        var stored = Public as StoredPublicView;
        var identity = stored?.IndexIdentity ?? IndexIdentity.Of(made.Value, options);
        IReadOnlyList<string> ids = stored is { IndexIdentity: not null } ? stored.DocumentIds : made.Value.Select(d => d.Id).ToList();
        DocumentIds = ids;
        var path = Path.Combine(root, identity);
        IndexPath = path;
        var index = GovSearchIndex.Open(options with { Path = path }, () => made.Value);
        if (!index.OpenReport.Rebuilt && !index.Ids().SetEquals(ids))
        {
            // Not what its name says (changed on disk by hand): never served; built again beside it.
            log?.Invoke($"search index {path} does not hold the documents its name stands for; rebuilding");
            index.Dispose();
            GovSearchIndex.DeleteIfUnused(path, log);
            index = GovSearchIndex.Open(options with { Path = path }, () => made.Value);
            if (!index.OpenReport.Rebuilt)
            {
                // The folder could not be cleared: this snapshot's index is built in memory instead.
                index.Dispose();
                IndexPath = null;
                index = GovSearchIndex.Open(options, () => made.Value);
            }
        }
        log?.Invoke(index.OpenReport.Rebuilt
            ? $"search index built: {index.Count} documents in {IndexPath ?? "memory"} ({index.OpenReport.Reason})"
            : $"search index reused: {index.Count} documents in {IndexPath}");
        return index;
    }

    /// <summary>The ids of the documents this snapshot's search index holds (once it is open in a kept folder).</summary>
    internal IReadOnlyList<string>? DocumentIds { get; private set; }

    /// <summary>The folder of this snapshot's search index once it is open (null in memory or before).</summary>
    public string? IndexPath { get; private set; }

    public static string NormalizePath(string path) => ContentRoute.Normalize(path);

    internal static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        s.AllowedAttributes.Remove("style");
        s.AllowedAttributes.Add("class");
        s.AllowedTags.Remove("form");
        s.AllowedTags.Remove("input");
        s.AllowedTags.Remove("button");
        s.AllowedTags.Remove("textarea");
        s.AllowedTags.Remove("select");
        return s;
    }

    public IEnumerable<ContentItem> ChildrenOf(string id) => Public.ChildrenOf(id);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _interpretationColumns = new(StringComparer.Ordinal);

    /// <summary>Whether a column holds 政策解读 only (its list then shows 形式, not 文号), worked out once per snapshot.</summary>
    public bool ListsOnlyInterpretations(string columnId) => _interpretationColumns.GetOrAdd(columnId, id =>
    {
        var any = false;
        foreach (var c in Public.ChildHeadsOf(id))
        {
            if (c.ContentType != ContentTypes.PolicyInterpretation)
            {
                return false;
            }
            any = true;
        }
        return any;
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<CatalogueColumn>> _catalogues = new(StringComparer.Ordinal);

    /// <summary>
    /// The 法定主动公开内容 columns a page's children switch on, worked out once per snapshot: a linked column
    /// (such as 政策文件) walks all its descendants, which must not happen on every request.
    /// </summary>
    public IReadOnlyList<CatalogueColumn> CatalogueOf(string pageId) => _catalogues.GetOrAdd(pageId, id =>
        // Walked by heads: a column's documents are counted and dated, not read.
        CatalogueColumns.Of(ChildrenOf(id), page => Public.HeadOf(page.Id)!, r => _routeIds.TryGetValue(r, out var rid) ? Public.HeadOf(rid) : null,
            ChildHeadsOf, h => CatalogueColumns.HasOwnText(Items[h.Id]), Clock.DateOf, Today));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _rowLists = new(StringComparer.Ordinal);

    /// <summary>
    /// A page's rows of a row-list property, read once per snapshot. Only rows the back office would accept are shown
    /// (Core's rules); a row it would refuse is left out rather than shown half-filled or out of order.
    /// </summary>
    private IReadOnlyList<T> RowsOf<T>(string pageId, GovOpen.Core.Content.Codecs.RowList<T> list) where T : class =>
        (IReadOnlyList<T>)_rowLists.GetOrAdd(list.Alias + "|" + pageId, _ => Items.TryGetValue(pageId, out var item) ? list.ValidRows(item.Get(list.Alias)) : []);

    /// <summary>A page's 基层政务公开标准目录.</summary>
    public IReadOnlyList<StandardCatalogueEntry> StandardCatalogueOf(string pageId) => RowsOf(pageId, StandardCatalogue.Rows);

    /// <summary>A page's 重大行政决策事项目录.</summary>
    public IReadOnlyList<GovOpen.Core.Consultations.DecisionCatalogueEntry> DecisionCatalogueOf(string pageId) => RowsOf(pageId, GovOpen.Core.Consultations.DecisionCatalogue.Rows);

    private ILookup<string, ContentItem>? _consultationsByFinal;

    /// <summary>
    /// The public 意见征集 whose final document is this item (the final document links back to its consultation, as
    /// the consultation links to it), worked out once per snapshot.
    /// </summary>
    public IEnumerable<ContentItem> ConsultationsOf(string id) => (_consultationsByFinal ??= Heads
        .Where(h => h.ContentType == ContentTypes.Consultation)
        .Select(h => Items[h.Id])
        .Select(i => (Item: i, Final: FinalDocumentOf(GovOpen.Core.Consultations.ConsultationContent.Read(i, []))))
        .Where(x => x.Final is not null)
        .ToLookup(x => x.Final!.Id, x => x.Item, StringComparer.Ordinal))[id];

    /// <summary>The public item a consultation names as its final document (正式文件地址), or null.</summary>
    public ContentItem? FinalDocumentOf(GovOpen.Core.Consultations.Consultation c) =>
        c.FinalDocumentId is { Length: > 0 } route && ByRoute.TryGetValue(NormalizePath(route), out var item) ? item : null;

    private IReadOnlyList<CatalogueColumn>? _siteCatalogue;

    /// <summary>
    /// The site's 法定主动公开内容 catalogue: the columns switched on under the page whose children carry a category
    /// (empty when the site has none). The 政府信息公开指南 lists it.
    /// </summary>
    public IReadOnlyList<CatalogueColumn> SiteCatalogue => _siteCatalogue ??=
        Items.Values.FirstOrDefault(i => i.ParentId is not null && i.Properties.ContainsKey(PropertyAliases.CatalogueCategory)) is { ParentId: { } holder }
            ? CatalogueOf(holder)
            : [];

    public ContentItem? Parent(ContentItem item) => item.ParentId is { } p ? Items.GetValueOrDefault(p) : null;

    /// <summary>Public children of an item in sort order, without their properties.</summary>
    public IEnumerable<ItemHead> ChildHeadsOf(string id) => Public.ChildHeadsOf(id);

    /// <summary>Breadcrumb from the root to the item.</summary>
    public IReadOnlyList<ContentItem> Ancestors(ContentItem item)
    {
        var list = new List<ContentItem>();
        for (var cur = Parent(item); cur is not null && list.Count < 64; cur = Parent(cur))
        {
            list.Insert(0, cur);
        }
        return list;
    }

    /// <summary>The first public column of a content type under the root.</summary>
    public ContentItem? Column(string contentType, Func<ItemHead, bool>? where = null) =>
        Heads.Where(h => h.ContentType == contentType && (where is null || where(h))).OrderBy(h => h.SortOrder).FirstOrDefault() is { } head ? Items[head.Id] : null;

    /// <summary>
    /// The public items of a content type, newest 发布日期 first (stable: the source order among equal dates, items
    /// without a date last), read only for the first <paramref name="count"/>.
    /// </summary>
    public IEnumerable<ContentItem> Latest(string contentType, int count) =>
        Heads.Where(h => h.ContentType == contentType).OrderByDescending(h => h.Published).Take(count).Select(h => Items[h.Id]);

    /// <summary>
    /// A validity reference shown only when it resolves to a public policy (by id or 文号); a reference to
    /// anything else is never named, so a withheld document cannot leak through another document's page.
    /// </summary>
    public (string Name, string Url)? PublicRef(GovOpen.Core.Validity.DocumentRef? r)
    {
        if (r is null)
        {
            return null;
        }
        PolicyDocument? p = null;
        if (r.Id is { } id)
        {
            p = Policies.GetValueOrDefault(id);
        }
        p ??= Public.PolicyWithNumber(r.DocumentNumber);
        return p is null ? null : ($"《{p.Title}》{(p.ParsedNumber is { } pn ? $"（{pn.Normalized}）" : "")}", RouteOf(p.Id));
    }

    public string RouteOf(string id) => Public.HeadOf(id) is { } h ? NormalizePath(h.Route.Path) : "/";

    /// <summary>
    /// Closes the index; with <paramref name="deleteIndex"/> its folder is removed too (when no newer snapshot uses
    /// it). Not IDisposable on purpose: the snapshot is handed to request scopes, and only the provider that created
    /// it may release it.
    /// </summary>
    internal Task Release(bool deleteIndex, Action<string>? log = null) =>
        _search.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
            {
                t.Result.Dispose();
            }
            (Public as IDisposable)?.Dispose();
            if (deleteIndex && IndexPath is not null)
            {
                GovSearchIndex.DeleteIfUnused(IndexPath, log);
            }
        }, TaskScheduler.Default);
}
