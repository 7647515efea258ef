using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Search;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Search;

/// <summary>Reads every GovOpen item from Umbraco, for index rebuilds and sync checks.</summary>
public interface IGovContentSource
{
    IEnumerable<IContent> All();
}

public sealed class UmbracoGovContentSource(IContentService contentService, IContentTypeService contentTypes) : IGovContentSource
{
    public IEnumerable<IContent> All()
    {
        foreach (var alias in new[] { GovContentTypes.PolicyDocument, GovContentTypes.PolicyInterpretation, GovContentTypes.Meeting, GovContentTypes.FeeItem })
        {
            if (contentTypes.Get(alias) is not { } type)
            {
                continue;
            }
            long page = 0, total;
            do
            {
                var items = contentService.GetPagedOfType(type.Id, page++, 500, out total, null!, null).ToList();
                foreach (var c in items)
                {
                    yield return c;
                }
                if (items.Count == 0)
                {
                    break;
                }
            }
            while (page * 500 < total);
        }
    }
}

/// <summary>
/// The two GovOpen.Search indexes of this server: public (what may appear publicly) and editorial (drafts and
/// withheld items too, for editors). Each server of a cluster keeps its own and applies every change it hears of.
/// </summary>
public sealed class GovOpenSearch : IDisposable
{
    private readonly IGovContentSource _source;
    private readonly Lazy<GovSearchIndex> _public;
    private readonly Lazy<GovSearchIndex> _editorial;
    private readonly TimeProvider _clock;

    public GovOpenSearch(IGovContentSource source, IOptions<GovOpenOptions> options, IHostEnvironment env, TimeProvider clock, ILogger<GovOpenSearch> log)
    {
        _source = source;
        _clock = clock;
        var root = Path.IsPathRooted(options.Value.SearchIndexPath) ? options.Value.SearchIndexPath : Path.Combine(env.ContentRootPath, options.Value.SearchIndexPath);
        GovSearchIndex Open(SearchIndexKind kind) => GovSearchIndex.Open(new SearchIndexOptions
        {
            Path = Path.Combine(root, kind == SearchIndexKind.Public ? "public" : "editorial"),
            Kind = kind,
            Clock = clock,
            Log = m => log.LogWarning("GovOpen search ({Kind}): {Message}", kind, m),
        }, () => Documents());
        _public = new Lazy<GovSearchIndex>(() => Open(SearchIndexKind.Public));
        _editorial = new Lazy<GovSearchIndex>(() => Open(SearchIndexKind.Editorial));
    }

    public GovSearchIndex Public => _public.Value;

    public GovSearchIndex Editorial => _editorial.Value;

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    /// <summary>The search document of an item, or null if it is not a GovOpen type.</summary>
    public SearchDocument? ToDocument(IContent content, Func<string, PolicyDocument?>? findPolicy = null)
    {
        var item = UmbracoContentAdapter.ToItem(content) with { Route = new ContentRoute($"/{UmbracoContentAdapter.IdOf(content)}/") };
        var set = ContentSet.From(new PackageManifest(), [item]);
        // Only published content is public: an unpublished item has no publication date as far as search is concerned.
        if (!content.Published)
        {
            set.Policies.Values.ToList().ForEach(p => p.PublishedDate = null);
            set.Interpretations.Values.ToList().ForEach(p => p.PublishedDate = null);
            set.Meetings.Values.ToList().ForEach(p => p.PublishedDate = null);
            set.Fees.Values.ToList().ForEach(p => p.PublishedDate = null);
        }
        var doc = ContentIndexing.Documents(set, Today).FirstOrDefault();
        if (doc is not null && content.ContentType.Alias == GovContentTypes.PolicyInterpretation && findPolicy is not null)
        {
            var policies = set.Interpretations.Values.Single().PolicyIds.Select(findPolicy).OfType<PolicyDocument>().ToList();
            doc = doc with { PolicyIds = policies.Select(p => p.Id).ToList(), PolicyTitles = policies.Select(p => p.Title).ToList() };
        }
        return doc;
    }

    private IEnumerable<SearchDocument> Documents() => _source.All().Select(c => ToDocument(c)).OfType<SearchDocument>();

    /// <summary>Applies the current state of an item to both indexes.</summary>
    public void Refresh(IContent content)
    {
        if (ToDocument(content) is { } doc)
        {
            Public.Upsert(doc);
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
        var docs = Documents().ToList();
        return (Public.Rebuild(docs), Editorial.Rebuild(docs));
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

/// <summary>Finds policies by 文号 or title (for the validity cascade), through the editorial index.</summary>
public interface IPolicyDirectory
{
    IEnumerable<IContent> Find(string? documentNumber, string? title);
}

public sealed class SearchPolicyDirectory(GovOpenSearch search, IContentService contentService) : IPolicyDirectory
{
    public IEnumerable<IContent> Find(string? documentNumber, string? title)
    {
        var hits = new List<SearchHit>();
        if (documentNumber is not null)
        {
            hits.AddRange(search.Editorial.Search(new SearchQuery { Text = documentNumber, Filters = Only(), IncludeFacets = false, Take = 5 }).Hits.Where(h => h.IsExactDocumentNumber));
        }
        if (hits.Count == 0 && title is not null)
        {
            hits.AddRange(search.Editorial.Search(new SearchQuery { Text = title, Filters = Only(), IncludeFacets = false, TitleOnly = true, Take = 5 }).Hits.Where(h => h.Title == title));
        }
        return hits.Select(h => Guid.TryParse(h.Id, out var k) ? contentService.GetById(k) : null).OfType<IContent>();
    }

    private static Dictionary<string, IReadOnlyList<string>> Only() => new() { ["type"] = [SearchContentTypes.Policy] };
}
