using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Time;
using GovOpen.Core.Documents;
using GovOpen.Search;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace GovOpen.Umbraco.Search;

/// <summary>
/// The two GovOpen.Search indexes of this server: public (the published values of what may appear publicly, as
/// Core's <see cref="PublicSurface"/> decides) and editorial (the edited values of everything, drafts and withheld
/// items too, for editors). Each server of a cluster keeps its own and applies every change it hears of.
/// </summary>
public sealed class GovOpenSearch : IDisposable
{
    private readonly IGovContentSource _source;
    private readonly Lazy<GovSearchIndex> _public;
    private readonly Lazy<GovSearchIndex> _editorial;
    private readonly AgencyClock _clock;

    public GovOpenSearch(IGovContentSource source, GovOpenSettings settings, IHostEnvironment env, AgencyClock clock, ILogger<GovOpenSearch> log,
        global::Umbraco.Cms.Core.Hosting.IHostingEnvironment? hosting = null)
    {
        _source = source;
        _clock = clock;
        _enabled = settings.Options.Modules.Search;
        var root = IndexRoot(settings.SearchIndexPath, env.ContentRootPath, hosting?.SiteName ?? env.ApplicationName);
        GovSearchIndex Open(SearchIndexKind kind) => GovSearchIndex.Open(new SearchIndexOptions
        {
            Path = Path.Combine(root, kind == SearchIndexKind.Public ? "public" : "editorial"),
            Kind = kind,
            Clock = clock,
            Log = m => log.LogWarning("GovOpen search ({Kind}): {Message}", kind, m),
        }, () => Documents(kind));
        _public = new Lazy<GovSearchIndex>(() => Open(SearchIndexKind.Public));
        _editorial = new Lazy<GovSearchIndex>(() => Open(SearchIndexKind.Editorial));
    }

    private volatile bool _needsRebuild;

    /// <summary>False when <c>GovOpen:Modules:Search</c> is off: the indexes are not kept and the search endpoint answers 404.</summary>
    private readonly bool _enabled;

    /// <summary>The default of <c>GovOpen:SearchIndexPath</c>: left as it is, the indexes live in local temp storage.</summary>
    public static readonly string DefaultIndexPath = new GovOpenOptions().SearchIndexPath;

    /// <summary>
    /// Where this server keeps its indexes. A configured <c>GovOpen:SearchIndexPath</c> is used as given (relative to
    /// the content root). Left at its default, the indexes live in the machine's local temp folder, per
    /// application, as Examine's temp directory factory keeps Umbraco's: <c>%TEMP%/GovOpenIndexes/&lt;hash&gt;</c>,
    /// the hash (Umbraco's <c>GenerateHash</c>, SHA1) of <c>SiteName::ApplicationId</c> — Umbraco's site name
    /// (<c>Umbraco:CMS:Hosting:SiteName</c>, else the application name) and the application id Core derives from
    /// the content root (<c>HostEnvironmentExtensions.GetTemporaryApplicationId</c>: <c>ContentRootPath.GenerateHash()</c>,
    /// computed here without its process-wide cache; <c>IHostingEnvironment.ApplicationId</c> is obsolete in 17) —
    /// so an <c>umbraco</c> folder shared between servers (Azure scale-out) never holds them.
    /// </summary>
    public static string IndexRoot(string configured, string contentRoot, string siteName)
    {
        var applicationId = contentRoot.GenerateHash();
        if (configured != DefaultIndexPath)
        {
            return Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        }
        return Path.Combine(Path.GetTempPath(), "GovOpenIndexes", (siteName + "::" + applicationId).GenerateHash());
    }

    public GovSearchIndex Public => _public.Value;

    /// <summary>True after an index update failed; the next refresh tick rebuilds both indexes.</summary>
    public bool NeedsRebuild => _needsRebuild;

    /// <summary>Records that an update failed, so the indexes are rebuilt from Umbraco soon.</summary>
    public void MarkForRebuild() => _needsRebuild = true;

    public GovSearchIndex Editorial => _editorial.Value;

    /// <summary>
    /// The search document of an item for one index, or null when it has none there: not a GovOpen type, or (for the
    /// public index) not published or not allowed on the public surface today. The public document reads the
    /// published values and links only policies that are public themselves; the editorial one reads the edited values.
    /// </summary>
    public SearchDocument? ToDocument(IContent content, SearchIndexKind kind)
    {
        var today = _clock.Today;
        var version = kind == SearchIndexKind.Public ? ContentVersion.Published : ContentVersion.Edited;
        if (kind == SearchIndexKind.Public && !IsPublicInUmbraco(content))
        {
            return null;
        }
        var values = UmbracoContentAdapter.Values(content, version);
        var route = $"/{values.Id}/";
        var issues = new List<GovOpen.Core.Issue>();
        SearchDocument? doc = content.ContentType.Alias switch
        {
            ContentTypes.PolicyDocument => SearchDocuments.FromPolicy(ContentMapper.ToPolicy(values, issues), today, route, ContentMapper.PlainBody(values)),
            ContentTypes.PolicyInterpretation => SearchDocuments.FromInterpretation(ContentMapper.ToInterpretation(values, issues), id => LinkedPolicy(id, kind, today), route, ContentIndexing.InterpretationText(values)),
            ContentTypes.Meeting => SearchDocuments.FromMeeting(ContentMapper.ToMeeting(values, issues), route),
            ContentTypes.FeeItem => SearchDocuments.FromFee(kind == SearchIndexKind.Public
                ? ContentMapper.ToFee(values, issues).WithoutWithheldBasis(IsWithheldNumber)
                : ContentMapper.ToFee(values, issues), today, route),
            _ => null,
        };
        return doc is not null && kind == SearchIndexKind.Public && !PublicSurface.MayAppear(doc.Disclosure, doc.PublishedDate, today) ? null : doc;
    }

    /// <summary>
    /// Whether the public sees the item today: Umbraco's side (published, reachable, not trashed), not a draft import,
    /// and for GovOpen's disclosed types the public surface rule (主动公开, publication date reached). A link to
    /// anything else is a link a public page may not carry.
    /// </summary>
    public bool IsPublicToday(IContent content)
    {
        if (!IsPublicInUmbraco(content) || ContentMapper.IsDraft(UmbracoContentAdapter.Values(content, ContentVersion.Published)))
        {
            return false;
        }
        return content.ContentType.Alias is ContentTypes.PolicyDocument or ContentTypes.PolicyInterpretation or ContentTypes.Meeting or ContentTypes.FeeItem
            ? ToDocument(content, SearchIndexKind.Public) is not null
            : true;
    }

    /// <summary>
    /// Umbraco's side of "public": published, not in the recycle bin (trashing does not unpublish), and every ancestor
    /// published. GovOpen's own gate (<see cref="PublicSurface"/>) comes on top.
    /// </summary>
    private bool IsPublicInUmbraco(IContent content) => content.IsLive() && _source.IsPathPublished(content);

    /// <summary>A policy an interpretation links: for the public index only a published policy the public may see.</summary>
    private PolicyDocument? LinkedPolicy(string id, SearchIndexKind kind, DateOnly today)
    {
        if (UmbracoContentAdapter.KeyOf(id) is not { } key || _source.ByKey(key) is not { } c || c.ContentType.Alias != ContentTypes.PolicyDocument)
        {
            return null;
        }
        if (kind == SearchIndexKind.Editorial)
        {
            return UmbracoContentAdapter.ToPolicy(c, ContentVersion.Edited);
        }
        var policy = IsPublicInUmbraco(c) ? UmbracoContentAdapter.ToPolicy(c, ContentVersion.Published) : null;
        return policy is not null && PublicSurface.MayAppear(policy, today) ? policy : null;
    }

    private IEnumerable<SearchDocument> Documents(SearchIndexKind kind) => _source.All().Select(c => ToDocument(c, kind)).OfType<SearchDocument>();

    /// <summary>Applies the current published state of an item to the public index and its edited state to the editorial one.</summary>
    public void Refresh(IContent content)
    {
        if (!_enabled)
        {
            return;
        }
        RefreshPublic(content);
        RefreshEditorial(content);
    }

    /// <summary>
    /// Refreshes a node and every GovOpen document below it: unpublishing, republishing or trashing a column changes
    /// what is public for the whole branch although Umbraco raises the notification for the column only.
    /// </summary>
    public void RefreshBranch(IContent content)
    {
        Refresh(content);
        foreach (var d in _source.Descendants(content))
        {
            Refresh(d);
        }
    }

    /// <summary>
    /// Public index: the published values when the item may appear, else removed. Refreshing a policy also re-indexes
    /// the fee items whose 收费依据 cite its 文号, so they drop or regain it when its public state changes (every
    /// refresh of a numbered policy lists the fee items; it does not first ask whether its public state changed).
    /// </summary>
    public void RefreshPublic(IContent content)
    {
        if (ToDocument(content, SearchIndexKind.Public) is { } doc)
        {
            Public.Upsert(doc);
        }
        else
        {
            Public.Delete(UmbracoContentAdapter.IdOf(content));
        }
        if (content.ContentType.Alias == ContentTypes.PolicyDocument)
        {
            foreach (var fee in FeesCiting(content))
            {
                RefreshPublic(fee);
            }
        }
    }

    /// <summary>
    /// Whether a 文号 names a policy of this site that the public may not see today, and no public policy holds it:
    /// Core's rule for references to withheld documents (<see cref="WithheldReferences.IsWithheldNumber"/>), asked of
    /// Umbraco. The holders are found by exact 文号 in the editorial index (every policy, drafts and withheld ones).
    /// A 文号 of no policy of this site (a national document) is not withheld.
    /// </summary>
    private bool IsWithheldNumber(string documentNumber)
    {
        if (!DocumentNumber.TryParse(documentNumber, out var number))
        {
            return false;
        }
        var holders = Editorial.Search(new SearchQuery { Text = number!.Normalized, Filters = PoliciesOnly, IncludeFacets = false, IncludeSnippets = false, Take = 20 }).Hits
            .Where(h => h.IsExactDocumentNumber)
            .Select(h => UmbracoContentAdapter.KeyOf(h.Id) is { } key ? _source.ByKey(key) : null).OfType<IContent>().ToList();
        return holders.Count > 0 && !holders.Any(IsPublicToday);
    }

    /// <summary>The fee items whose 收费依据 (edited or published) cite a policy's 文号.</summary>
    private IEnumerable<IContent> FeesCiting(IContent policy)
    {
        var numbers = new[] { ContentVersion.Published, ContentVersion.Edited }
            .Select(v => UmbracoContentAdapter.ToPolicy(policy, v).ParsedNumber?.CanonicalKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (numbers.Count == 0)
        {
            yield break;
        }
        for (var skip = 0; ; skip += SearchQuery.MaxTake)
        {
            var page = Editorial.Search(new SearchQuery { Filters = FeesOnly, IncludeFacets = false, IncludeSnippets = false, Skip = skip, Take = SearchQuery.MaxTake });
            foreach (var hit in page.Hits)
            {
                if (UmbracoContentAdapter.KeyOf(hit.Id) is { } key && _source.ByKey(key) is { } fee
                    && new[] { ContentVersion.Published, ContentVersion.Edited }.Any(v => UmbracoContentAdapter.ToFee(fee, v).Standards
                        .SelectMany(st => st.Basis).Any(b => DocumentNumber.TryParse(b, out var n) && numbers.Contains(n!.CanonicalKey))))
                {
                    yield return fee;
                }
            }
            if (skip + SearchQuery.MaxTake >= page.Total)
            {
                yield break;
            }
        }
    }

    private static readonly Dictionary<string, IReadOnlyList<string>> PoliciesOnly = new() { ["type"] = [SearchContentTypes.Policy] };
    private static readonly Dictionary<string, IReadOnlyList<string>> FeesOnly = new() { ["type"] = [SearchContentTypes.Fee] };

    /// <summary>Editorial index: the edited values (a saved draft is found by editors, never by the public).</summary>
    public void RefreshEditorial(IContent content)
    {
        if (!_enabled)
        {
            return;
        }
        if (ToDocument(content, SearchIndexKind.Editorial) is { } doc)
        {
            Editorial.Upsert(doc);
        }
    }

    public void Remove(Guid key)
    {
        Public.Delete(key.ToString("N"));
        Editorial.Delete(key.ToString("N"));
    }

    /// <summary>Full rebuild of both indexes, built aside and swapped (searches never see an empty index).</summary>
    public (int Public, int Editorial) Rebuild()
    {
        _needsRebuild = false;
        return (Public.Rebuild(Documents(SearchIndexKind.Public).ToList()), Editorial.Rebuild(Documents(SearchIndexKind.Editorial).ToList()));
    }

    public void Dispose()
    {
        if (_public.IsValueCreated)
        {
            _public.Value.Dispose();
        }
        if (_editorial.IsValueCreated)
        {
            _editorial.Value.Dispose();
        }
    }
}
