using GovOpen.Core.Content;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Search;

public sealed class UmbracoGovContentSource(IContentService contentService, IContentTypeService contentTypes) : IGovContentSource
{
    public IEnumerable<IContent> All()
    {
        foreach (var alias in new[] { ContentTypes.PolicyDocument, ContentTypes.PolicyInterpretation, ContentTypes.Meeting, ContentTypes.FeeItem })
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

    public IContent? ByKey(Guid key) => contentService.GetById(key);
}
