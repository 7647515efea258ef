using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Search;

/// <summary>Reads GovOpen items from Umbraco, for index rebuilds, sync checks and branch changes.</summary>
public interface IGovContentSource
{
    IEnumerable<IContent> All();

    /// <summary>One document by key, or null.</summary>
    IContent? ByKey(Guid key) => All().FirstOrDefault(c => c.Key == key);

    /// <summary>
    /// Whether the document and every ancestor are published and none is in the recycle bin — what Umbraco itself
    /// requires before a document is reachable (<c>IContentService.IsPathPublished</c>).
    /// </summary>
    bool IsPathPublished(IContent content);

    /// <summary>The GovOpen documents below a node (its branch), for changes that affect a whole branch.</summary>
    IEnumerable<IContent> Descendants(IContent content);
}
