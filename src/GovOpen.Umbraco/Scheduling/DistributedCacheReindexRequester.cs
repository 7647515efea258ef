using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Extensions;

namespace GovOpen.Umbraco.Scheduling;

/// <summary>
/// Re-indexes through Umbraco's distributed cache: a content cache refresh (<c>RefreshNode</c>) reaches every server
/// of a cluster, where Umbraco's Delivery API indexing re-indexes the node (running GovOpen's index handler with
/// today's date) and GovOpen's <c>SearchIndexUpdater</c> refreshes its own indexes.
/// </summary>
public sealed class DistributedCacheReindexRequester(DistributedCache cache) : IReindexRequester
{
    public void Reindex(IReadOnlyCollection<IContent> documents)
    {
        if (documents.Count > 0)
        {
            cache.RefreshContentCache(documents.Select(d => new TreeChange<IContent>(d, TreeChangeTypes.RefreshNode)).ToList());
        }
    }
}
