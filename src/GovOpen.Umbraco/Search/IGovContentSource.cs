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
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Search;

/// <summary>Reads every GovOpen item from Umbraco, for index rebuilds and sync checks.</summary>
public interface IGovContentSource
{
    IEnumerable<IContent> All();

    /// <summary>One document by key, or null.</summary>
    IContent? ByKey(Guid key) => All().FirstOrDefault(c => c.Key == key);
}
