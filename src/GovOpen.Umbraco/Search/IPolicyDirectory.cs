using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Search;

/// <summary>Finds policies by 文号 or title (validity cascade, duplicate 文号) and lists 索引号, through the editorial index.</summary>
public interface IPolicyDirectory
{
    IEnumerable<IContent> Find(string? documentNumber, string? title);

    /// <summary>索引号 already given (drafts included) that start with <paramref name="prefix"/>, each with the ids holding it.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> IndexNumbers(string prefix);
}
