using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// Whether a document counts as published. Umbraco keeps a document <c>Published</c> when it is moved to the recycle
/// bin (docs/umbraco-contract.md row 5), so <c>Published</c> alone counts trashed documents: every count, list and
/// check of published content goes through this. (Whether it is reachable also needs every ancestor published:
/// <c>IGovContentSource.IsPathPublished</c>, for public surfaces.)
/// </summary>
public static class LiveContent
{
    /// <summary>Published and not in the recycle bin.</summary>
    public static bool IsLive(this IContent content) => content.Published && !content.Trashed;
}
