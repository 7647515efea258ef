using GovOpen.Search;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Search;

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

    public IReadOnlyDictionary<string, IReadOnlyList<string>> IndexNumbers(string prefix) => search.Editorial.IndexNumbers(prefix);

    private static Dictionary<string, IReadOnlyList<string>> Only() => new() { ["type"] = [SearchContentTypes.Policy] };
}
