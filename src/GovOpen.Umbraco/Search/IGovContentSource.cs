using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Search;

/// <summary>Reads every GovOpen item from Umbraco, for index rebuilds and sync checks.</summary>
public interface IGovContentSource
{
    IEnumerable<IContent> All();

    /// <summary>One document by key, or null.</summary>
    IContent? ByKey(Guid key) => All().FirstOrDefault(c => c.Key == key);
}
