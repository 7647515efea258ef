using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Search;

/// <summary>Finds policies by 文号 or title (for the validity cascade), through the editorial index.</summary>
public interface IPolicyDirectory
{
    IEnumerable<IContent> Find(string? documentNumber, string? title);
}
