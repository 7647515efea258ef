namespace GovOpen.Search;


/// <summary>Field names of the index.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Title = "title";
    public const string TitleUnigram = "title_uni";
    public const string Body = "body";
    public const string DocNum = "docnum";
    public const string DocNumRaw = "docnum_raw";
    public const string Issuer = "issuer";
    public const string Topic = "topic";
    public const string TopicTop = "topic_top";
    public const string Genre = "genre";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string Disclosure = "disclosure";
    public const string Published = "published";
    public const string Signed = "signed";
    public const string Route = "route";
    public const string PolicyIds = "policy_id";
    public const string PolicyTitles = "policy_title";
    public const string IndexNumber = "indexno";
    public const string DvPrefix = "dv_";
}
