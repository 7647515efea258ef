namespace GovOpen.Search;

/// <summary>Content types the index knows; also the values of the <c>type</c> filter.</summary>
public static class SearchContentTypes
{
    public const string Policy = "policy";
    public const string Interpretation = "interpretation";
    public const string Meeting = "meeting";
    public const string Fee = "fee";

    public static readonly IReadOnlyList<string> All = [Policy, Interpretation, Meeting, Fee];

    public static string Name(string type) => type switch
    {
        Policy => "政策文件",
        Interpretation => "政策解读",
        Meeting => "会议公开",
        Fee => "价格收费",
        _ => type,
    };
}
