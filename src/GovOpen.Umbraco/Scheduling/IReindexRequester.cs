using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Scheduling;

/// <summary>Asks every server of the installation to re-index documents (Umbraco's Delivery API index and GovOpen's own).</summary>
public interface IReindexRequester
{
    void Reindex(IReadOnlyCollection<IContent> documents);
}
