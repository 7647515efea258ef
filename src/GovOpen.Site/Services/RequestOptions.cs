namespace GovOpen.Site.Services;

/// <summary>依申请公开 intake (GovOpen:Site:Requests).</summary>
public sealed class RequestOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary><c>sqlite</c> (default, a file under App_Data), <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>Years after completion before the applicant's personal data is erased.</summary>
    public int RetentionYears { get; set; } = 5;

    /// <summary>Applications (POSTs of the form) allowed per client address per 10 minutes.</summary>
    public int SubmissionsPer10Minutes { get; set; } = 5;

    /// <summary>Status lookups allowed per client address per 10 minutes (counted apart from applications).</summary>
    public int LookupsPer10Minutes { get; set; } = 10;

    /// <summary>
    /// Seconds a 意见征集 comment form must be open before it is sent (a person reads and writes; a script posts at
    /// once). 0 switches the check off.
    /// </summary>
    public int CommentMinFillSeconds { get; set; } = 3;
}
