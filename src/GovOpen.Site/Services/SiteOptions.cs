namespace GovOpen.Site.Services;

/// <summary>Configuration section <c>GovOpen:Site</c>.</summary>
public sealed class SiteOptions
{
    public const string Section = "GovOpen:Site";

    /// <summary><c>package</c> (a content package on disk; the embedded sample by default) or <c>deliveryApi</c>.</summary>
    public string ContentSource { get; set; } = "package";

    /// <summary>Content package directory; null uses the embedded sample content.</summary>
    public string? PackagePath { get; set; }

    public string SiteName { get; set; } = "示例市人民政府";

    /// <summary>The agency's time zone (IANA id); "today" for publication dates, deadlines and validity is taken in it.</summary>
    public string TimeZone { get; set; } = GovOpen.Core.Time.AgencyClock.DefaultTimeZoneId;

    public DeliveryApiOptions DeliveryApi { get; set; } = new();

    /// <summary>Shared secret expected in the <c>X-GovOpen-Webhook-Secret</c> header of the invalidation webhook.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the last good Delivery API content is kept (a content package) for restarts while Umbraco is down.</summary>
    public string? CacheDirectory { get; set; }

    public RequestOptions Requests { get; set; } = new();

    private static bool IsKnownTimeZone(string id)
    {
        try
        {
            GovOpen.Core.Time.AgencyClock.FindZone(id);
            return true;
        }
        catch (GovOpen.Core.GovOpenException)
        {
            return false;
        }
    }

    public IEnumerable<string> Validate()
    {
        foreach (var problem in GovOpen.Requests.RequestDbContext.CheckSettings("GovOpen:Site:Requests", Requests.Provider, Requests.ConnectionString))
        {
            yield return problem;
        }
        if (!IsKnownTimeZone(TimeZone))
        {
            yield return $"GovOpen:Site:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai).";
        }
        if (ContentSource is not ("package" or "deliveryApi"))
        {
            yield return $"GovOpen:Site:ContentSource must be 'package' or 'deliveryApi', not '{ContentSource}'.";
        }
        if (ContentSource == "deliveryApi")
        {
            if (!Uri.TryCreate(DeliveryApi.BaseUrl, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
            {
                yield return "GovOpen:Site:DeliveryApi:BaseUrl must be an absolute http(s) URL when ContentSource is 'deliveryApi'.";
            }
            if (string.IsNullOrWhiteSpace(WebhookSecret) || WebhookSecret.Length < 16)
            {
                yield return "GovOpen:Site:WebhookSecret must be set (at least 16 characters) when ContentSource is 'deliveryApi'.";
            }
        }
        if (DeliveryApi.TimeoutSeconds is < 1 or > 300)
        {
            yield return "GovOpen:Site:DeliveryApi:TimeoutSeconds must be 1–300.";
        }
        if (DeliveryApi.RefreshMinutes is < 0 or > 1440)
        {
            yield return "GovOpen:Site:DeliveryApi:RefreshMinutes must be 0–1440 (0 = only on webhook).";
        }
    }
}
