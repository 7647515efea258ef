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

/// <summary>Finds policies by 文号 or title (for the validity cascade), through the editorial index.</summary>
public interface IPolicyDirectory
{
    IEnumerable<IContent> Find(string? documentNumber, string? title);
}
