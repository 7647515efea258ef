using Ganss.Xss;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Search;

namespace GovOpen.Site.Services;

/// <summary>
/// An immutable snapshot of what the public may see: built once per load from a content set, keeping only the
/// items that <see cref="PublicSurface"/> allows (and whose ancestors are allowed), with links to anything else
/// removed. Every page, list, feed, sitemap and search result reads from here and nowhere else, so a
/// 依申请公开 or 不予公开 item cannot leak.
/// </summary>
public sealed class SiteContent
{
    private SiteContent(PackageManifest manifest, DateOnly today)
    {
        Manifest = manifest;
        Today = today;
    }

    public PackageManifest Manifest { get; }

    public DateOnly Today { get; }

    public Dictionary<string, ContentItem> Items { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContentItem> ByRoute { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, PolicyDocument> Policies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Interpretation> Interpretations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Meeting> Meetings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FeeItem> Fees { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalized 文号 → public policy.</summary>
    public Dictionary<string, PolicyDocument> PolicyByNumber { get; } = new(StringComparer.Ordinal);

    public ILookup<string, Interpretation> InterpretationsByPolicy { get; private set; } = Array.Empty<Interpretation>().ToLookup(_ => "");

    /// <summary>Sanitized rich text per item id.</summary>
    public Dictionary<string, string> Html { get; } = new(StringComparer.Ordinal);

    public GovSearchIndex Search { get; private set; } = null!;

    /// <summary>Resolves a media reference of the source package to a file (package mode), or null.</summary>
    public Func<string, string?> ResolveMedia { get; private set; } = _ => null;

    public ContentItem? Root { get; private set; }

    public DateTimeOffset LoadedAt { get; private set; }

    public string SourceDescription { get; private set; } = "";

    /// <summary>Mapping problems of the source, for logs (never shown to citizens).</summary>
    public IReadOnlyList<Issue> Problems { get; private set; } = [];

    /// <summary>An empty snapshot used when no content could be loaded at all.</summary>
    public bool IsEmpty => Items.Count == 0;

    public static SiteContent Empty(DateOnly today, string reason)
    {
        var s = new SiteContent(new PackageManifest(), today) { SourceDescription = reason, LoadedAt = DateTimeOffset.UtcNow };
        s.Search = GovSearchIndex.Open(new SearchIndexOptions(), () => []);
        return s;
    }

    public static SiteContent Build(ContentSet set, DateOnly today, string source, Func<string, string?> resolveMedia, TimeProvider clock)
    {
        var s = new SiteContent(set.Manifest, today)
        {
            SourceDescription = source,
            ResolveMedia = resolveMedia,
            LoadedAt = clock.GetUtcNow(),
            Problems = set.Problems,
        };
        var sanitizer = CreateSanitizer();

        // 1. Which items are public (own decision, then ancestors).
        bool OwnPublic(ContentItem item) => item.ContentType switch
        {
            ContentTypes.PolicyDocument => PublicSurface.MayAppear(set.Policies[item.Id], today),
            ContentTypes.PolicyInterpretation => PublicSurface.MayAppear(set.Interpretations[item.Id], today),
            ContentTypes.Meeting => PublicSurface.MayAppear(set.Meetings[item.Id], today),
            ContentTypes.FeeItem => PublicSurface.MayAppear(set.Fees[item.Id], today),
            _ => PageIsPublic(item, today),
        };
        var own = set.Items.ToDictionary(i => i.Id, OwnPublic, StringComparer.Ordinal);
        bool IsPublic(ContentItem item)
        {
            var seen = 0;
            for (var cur = item; cur is not null && seen++ < 64; cur = cur.ParentId is { } pid ? set.ById.GetValueOrDefault(pid) : null)
            {
                if (!own[cur.Id])
                {
                    return false;
                }
                if (cur.ParentId is { } p && !set.ById.ContainsKey(p))
                {
                    return false; // orphan: its parent is missing
                }
            }
            return seen < 64;
        }
        foreach (var item in set.Items.Where(IsPublic))
        {
            s.Items[item.Id] = item;
            s.ByRoute.TryAdd(NormalizePath(item.Route.Path), item);
            s.Html[item.Id] = sanitizer.Sanitize(ContentMapper.RichText(item.Properties, "body"));
            switch (item.ContentType)
            {
                case ContentTypes.PolicyDocument:
                    var p = set.Policies[item.Id];
                    s.Policies[item.Id] = p;
                    if (p.ParsedNumber is { } n)
                    {
                        s.PolicyByNumber.TryAdd(n.Normalized, p);
                    }
                    break;
                case ContentTypes.PolicyInterpretation:
                    s.Interpretations[item.Id] = set.Interpretations[item.Id];
                    break;
                case ContentTypes.Meeting:
                    s.Meetings[item.Id] = set.Meetings[item.Id];
                    break;
                case ContentTypes.FeeItem:
                    s.Fees[item.Id] = set.Fees[item.Id];
                    break;
                case ContentTypes.DisclosureRoot:
                    s.Root ??= item;
                    break;
            }
        }

        // 2. Links to non-public items are dropped.
        foreach (var i in s.Interpretations.Values)
        {
            i.PolicyIds = i.PolicyIds.Where(s.Policies.ContainsKey).ToList();
        }
        foreach (var m in s.Meetings.Values)
        {
            m.Items = m.PublicItems.Select(a => a with
            {
                DocumentIds = a.DocumentIdList.Where(s.Policies.ContainsKey).ToList(),
                InterpretationIds = a.InterpretationIdList.Where(s.Interpretations.ContainsKey).ToList(),
            }).ToList();
        }
        s.InterpretationsByPolicy = InterpretationRules.ByPolicy(s.Interpretations.Values);

        // 3. The search index holds exactly the public snapshot.
        var publicSet = ContentSet.From(set.Manifest, s.Items.Values.ToList());
        s.Search = GovSearchIndex.Open(new SearchIndexOptions { Clock = clock, MaxSegmentsAfterRebuild = 0 },
            () => ContentIndexing.Documents(publicSet, today).Select(d => d with { PolicyIds = d.PolicyIds.Where(s.Policies.ContainsKey).ToList() }));
        return s;
    }

    /// <summary>Pages and folders carry an optional disclosure; without one they are public once created.</summary>
    private static bool PageIsPublic(ContentItem item, DateOnly today)
    {
        if (ContentMapper.IsDraft(item))
        {
            return false;
        }
        var issues = new List<Issue>();
        var published = ContentMapper.Date(item, item.Properties, "publishedDate", issues) ?? DateOnly.FromDateTime(item.CreateDate.DateTime);
        var attr = item.Properties["disclosure"] switch
        {
            null => DisclosureAttribute.Proactive,
            System.Text.Json.Nodes.JsonObject o when DisclosureNames.TryParseAttribute(ContentMapper.Str(o, "attribute"), out var a) => a,
            System.Text.Json.Nodes.JsonValue v when DisclosureNames.TryParseAttribute(v.ToString(), out var a) => a,
            _ => DisclosureAttribute.NotDisclosed,
        };
        return PublicSurface.MayAppear(attr, published, today);
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

    public IEnumerable<ContentItem> ChildrenOf(string id) =>
        Items.Values.Where(i => i.ParentId == id).OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal);

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
        if (p is null && DocumentNumber.TryParse(r.DocumentNumber, out var n))
        {
            p = PolicyByNumber.GetValueOrDefault(n!.Normalized);
        }
        return p is null ? null : ($"《{p.Title}》{(p.ParsedNumber is { } pn ? $"（{pn.Normalized}）" : "")}", RouteOf(p.Id));
    }

    public string RouteOf(string id) => Items.TryGetValue(id, out var i) ? NormalizePath(i.Route.Path) : "/";

    /// <summary>
    /// Frees the in-memory index. Not IDisposable on purpose: the snapshot is handed to request scopes, and only
    /// the provider that created it may release it.
    /// </summary>
    internal void Release() => Search?.Dispose();
}
