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
    private SiteContent(PublicContent content, AgencyClock clock, string source, Func<string, string?> resolveMedia)
    {
        Clock = clock;
        Public = content;
        SourceDescription = source;
        ResolveMedia = resolveMedia;
        LoadedAt = clock.Time.GetUtcNow();
        ByRoute = new Dictionary<string, ContentItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in content.Items)
        {
            ByRoute.TryAdd(NormalizePath(item.Route.Path), item);
        }
        var sanitizer = CreateSanitizer();
        Html = content.Items.ToDictionary(i => i.Id, i => sanitizer.Sanitize(ContentMapper.Body(i)), StringComparer.Ordinal);
    }

    /// <summary>The agency's clock: dates shown are calendar dates in the agency's zone.</summary>
    public AgencyClock Clock { get; }

    /// <summary>Core's view of what the public sees today.</summary>
    public PublicContent Public { get; }

    public PackageManifest Manifest => Public.Source.Manifest;

    public DateOnly Today => Public.Today;

    public IReadOnlyDictionary<string, ContentItem> Items => Public.ById;

    public Dictionary<string, ContentItem> ByRoute { get; }

    public IReadOnlyDictionary<string, PolicyDocument> Policies => Public.Policies;

    public IReadOnlyDictionary<string, Interpretation> Interpretations => Public.Interpretations;

    public IReadOnlyDictionary<string, Meeting> Meetings => Public.Meetings;

    public IReadOnlyDictionary<string, FeeItem> Fees => Public.Fees;

    /// <summary>Normalized 文号 → public policy.</summary>
    public IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber => Public.PolicyByNumber;

    public ILookup<string, Interpretation> InterpretationsByPolicy => Public.InterpretationsByPolicy;

    /// <summary>Sanitized rich text per item id.</summary>
    public IReadOnlyDictionary<string, string> Html { get; }

    public GovSearchIndex Search { get; private set; } = null!;

    /// <summary>Resolves a media reference of the source package to a file (package mode), or null.</summary>
    public Func<string, string?> ResolveMedia { get; }

    public ContentItem? Root => Public.Root;

    public DateTimeOffset LoadedAt { get; }

    public string SourceDescription { get; }

    /// <summary>Mapping problems of the source, for logs (never shown to citizens).</summary>
    public IReadOnlyList<Issue> Problems => Public.Source.Problems;

    /// <summary>An empty snapshot used when no content could be loaded at all.</summary>
    public bool IsEmpty => Items.Count == 0;

    public static SiteContent Empty(AgencyClock clock, string reason)
    {
        var s = new SiteContent(PublicSurface.Of(ContentSet.From(new PackageManifest(), []), clock.Today), clock, reason, _ => null);
        s.Search = GovSearchIndex.Open(new SearchIndexOptions(), () => []);
        return s;
    }

    /// <summary>The snapshot of a day: Core decides what is public; the search index holds exactly that.</summary>
    public static SiteContent Build(ContentSet set, AgencyClock clock, string source, Func<string, string?> resolveMedia)
    {
        var s = new SiteContent(PublicSurface.Of(set, clock.Today), clock, source, resolveMedia);
        s.Search = GovSearchIndex.Open(new SearchIndexOptions { Clock = clock, MaxSegmentsAfterRebuild = 0 },
            () => ContentIndexing.Documents(s.Public));
        return s;
    }

    public static string NormalizePath(string path)
    {
        var p = path.Trim();
        if (!p.StartsWith('/'))
        {
            p = "/" + p;
        }
        return p.EndsWith('/') ? p : p + "/";
    }

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

    public ContentItem? Parent(ContentItem item) => item.ParentId is { } p ? Items.GetValueOrDefault(p) : null;

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
    public ContentItem? Column(string contentType, Func<ContentItem, bool>? where = null) =>
        Items.Values.Where(i => i.ContentType == contentType && (where is null || where(i))).OrderBy(i => i.SortOrder).FirstOrDefault();

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

    public string RouteOf(string id) => Items.TryGetValue(id, out var i) ? NormalizePath(i.Route.Path) : "/";

    /// <summary>
    /// Frees the in-memory index. Not IDisposable on purpose: the snapshot is handed to request scopes, and only
    /// the provider that created it may release it.
    /// </summary>
    internal void Release() => Search?.Dispose();
}
