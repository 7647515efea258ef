using GovOpen.Core.Content;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Search;

/// <summary>GovOpen's items read through Umbraco's content service.</summary>
public sealed class UmbracoGovContentSource(IContentService contentService, IContentTypeService contentTypes) : IGovContentSource
{
    private const int PageSize = 500;

    private static readonly string[] GovTypes = [ContentTypes.PolicyDocument, ContentTypes.PolicyInterpretation, ContentTypes.Meeting, ContentTypes.FeeItem];

    public IEnumerable<IContent> All()
    {
        foreach (var alias in GovTypes)
        {
            if (contentTypes.Get(alias) is not { } type)
            {
                continue;
            }
            long page = 0, total;
            do
            {
                var items = contentService.GetPagedOfType(type.Id, page++, PageSize, out total, null!, null).ToList();
                foreach (var c in items)
                {
                    yield return c;
                }
                if (items.Count == 0)
                {
                    break;
                }
            }
            while (page * PageSize < total);
        }
    }

    public IContent? ByKey(Guid key) => contentService.GetById(key);

    public bool IsPathPublished(IContent content) => contentService.IsPathPublished(content);

    public IEnumerable<IContent> Descendants(IContent content)
    {
        long page = 0, total;
        do
        {
            var items = contentService.GetPagedDescendants(content.Id, page++, PageSize, out total, null, null).ToList();
            foreach (var c in items.Where(c => GovTypes.Contains(c.ContentType.Alias)))
            {
                yield return c;
            }
            if (items.Count == 0)
            {
                break;
            }
        }
        while (page * PageSize < total);
    }
}
