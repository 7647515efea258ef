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

    /// <summary>
    /// Where resized image variants (图解 <c>srcset</c>) are kept; <c>App_Data/image-variants</c> under the content root
    /// by default (the site's own folder: a shared, predictable temp path could be prepared by another local user).
    /// </summary>
    public string? ImageCacheDirectory { get; set; }

    /// <summary>
    /// Where the search indexes of content snapshots are kept across restarts: each in a folder named by a digest of
    /// exactly what it holds, so a restart on unchanged content opens it instead of indexing everything again.
    /// <c>App_Data/search-index</c> under the content root by default; an empty value keeps them in a throwaway
    /// folder of the process under the temp directory.
    /// </summary>
    public string? IndexDirectory { get; set; }

    public RequestOptions Requests { get; set; } = new();

    /// <summary>
    /// The site's canonical address (<c>https://www.example.gov.cn</c>): absolute URLs in the sitemap, feeds and meta
    /// tags are built from it, never from the request's Host header. Required outside Development.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public ProxyOptions Proxy { get; set; } = new();

    /// <summary>
    /// A folder of holiday year files (<c>2027.json</c>, the embedded format) that add to or replace the embedded
    /// 放假调休 arrangements, for a year the State Council published after this release.
    /// </summary>
    public string? CalendarDirectory { get; set; }

    public SiteIdentityOptions Identity { get; set; } = new();

    public CspOptions Csp { get; set; } = new();

    /// <summary>
    /// Rendered pages kept per content snapshot (content pages, search, site map), in MiB; 0 turns the page cache off.
    /// A new snapshot starts empty, so nothing withdrawn is served from it.
    /// </summary>
    public int PageCacheMegabytes { get; set; } = 32;

    /// <summary>
    /// While the site starts, how long a request waits for the content (or a page of the request register for its
    /// migration) before it is answered 503 with Retry-After.
    /// </summary>
    public int StartupWaitSeconds { get; set; } = 30;

    /// <summary>
    /// Searches with text per client address per minute (0: no limit). A search is the one page whose cost grows with the
    /// library and with what is typed; one client running queries in a loop must not take the cores from everyone else.
    /// Browsing lists (no text) is not counted. Past the limit the page answers 429 with Retry-After.
    /// </summary>
    public int SearchesPerMinute { get; set; } = 60;

    /// <summary>Strict-Transport-Security max-age for HTTPS responses (0 turns HSTS off).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>The canonical base URL without a trailing slash; in Development only, the request's own when none is set.</summary>
    public string BaseUrl(HttpRequest request) =>
        PublicBaseUrl is { Length: > 0 } b ? b.TrimEnd('/') : $"{request.Scheme}://{request.Host}";

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

    public IEnumerable<string> Validate(bool development = false)
    {
        foreach (var problem in Proxy.Validate().Concat(Identity.Validate()).Concat(Csp.Validate()))
        {
            yield return problem;
        }
        if (PublicBaseUrl is { Length: > 0 } pb)
        {
            if (!Uri.TryCreate(pb, UriKind.Absolute, out var pu) || pu.Scheme is not ("http" or "https") || pu.AbsolutePath != "/" || pu.Query.Length > 0)
            {
                yield return $"GovOpen:Site:PublicBaseUrl '{pb}' must be the site's absolute http(s) address without a path (https://www.example.gov.cn).";
            }
        }
        else if (!development)
        {
            yield return "GovOpen:Site:PublicBaseUrl must be set outside Development (absolute URLs are never taken from the Host header).";
        }
        if (CalendarDirectory is { Length: > 0 } cd && !Directory.Exists(cd))
        {
            yield return $"GovOpen:Site:CalendarDirectory '{cd}' does not exist.";
        }
        if (HstsMaxAgeDays is < 0 or > 730)
        {
            yield return "GovOpen:Site:HstsMaxAgeDays must be 0–730.";
        }
        if (StartupWaitSeconds is < 1 or > 300)
        {
            yield return "GovOpen:Site:StartupWaitSeconds must be 1–300.";
        }
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
            if (!development && string.IsNullOrWhiteSpace(Identity.SiteIdCode))
            {
                // A package carries its 网站标识码 in the manifest; the Delivery API has none, and 国办发〔2017〕47号
                // requires it in every page's footer and head.
                yield return "GovOpen:Site:Identity:SiteIdCode (the 10-character 网站标识码) must be set when ContentSource is 'deliveryApi'.";
            }
            if (string.IsNullOrWhiteSpace(WebhookSecret) || WebhookSecret.Length < 16)
            {
                yield return "GovOpen:Site:WebhookSecret must be set (at least 16 characters) when ContentSource is 'deliveryApi'.";
            }
            if (Requests.Enabled && string.IsNullOrWhiteSpace(Requests.ConnectionString))
            {
                // With Umbraco behind it, the clerks work in the back office, whose register is in Umbraco's database
                // by default: a site left on its own SQLite file would take requests nobody in the back office sees.
                yield return "GovOpen:Site:Requests:ConnectionString (and Provider) must name the register the back office uses — by default Umbraco's database — when ContentSource is 'deliveryApi'; or set GovOpen:Site:Requests:Enabled to false.";
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
