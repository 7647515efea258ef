namespace GovOpen.Search;

public enum SearchSort
{
    /// <summary>Best match first; an exact 文号 match always leads.</summary>
    Relevance,
    /// <summary>Newest 发布日期 first.</summary>
    DateDescending,
    /// <summary>Oldest 发布日期 first.</summary>
    DateAscending,
}
