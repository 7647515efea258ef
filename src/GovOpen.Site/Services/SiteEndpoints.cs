using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using GovOpen.Core.Content;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Services;

public static class SiteEndpoints
{
    public const string WebhookHeader = "X-GovOpen-Webhook-Secret";

    /// <summary>Feed names and the column content type they list.</summary>
    public static readonly IReadOnlyDictionary<string, (string ColumnType, string ChildType, string Title)> Feeds = new Dictionary<string, (string, string, string)>
    {
        ["zcwj"] = (ContentTypes.PolicyFolder, ContentTypes.PolicyDocument, "政策文件"),
        ["zcjd"] = (ContentTypes.PolicyFolder, ContentTypes.PolicyInterpretation, "政策解读"),
        ["hygk"] = (ContentTypes.MeetingColumn, ContentTypes.Meeting, "会议公开"),
        ["jgsf"] = (ContentTypes.FeeColumn, ContentTypes.FeeItem, "价格收费"),
        ["yjzj"] = (ContentTypes.ConsultationColumn, ContentTypes.Consultation, "意见征集"),
    };

    public static void MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/xxgk/"));
        app.MapGet("/feeds/{name}.xml", (string name, SiteContent content, HttpContext http) => Feed(name, content, http));
        app.MapGet("/sitemap.xml", (SiteContent content, HttpContext http) => Sitemap(content, http, null));
        app.MapGet("/sitemap-{part:int}.xml", (int part, SiteContent content, HttpContext http) => Sitemap(content, http, part));
        app.MapGet("/media/{**path}", (string path, int? w, SiteContent content, IContentSource source, ImageVariants variants, HttpContext http) => Media(path, w, content, source, variants, http));
        app.MapGet("/settings/text-size", (string? size, string? returnUrl, HttpContext http) =>
            Reading(http, size == "large" ? "large" : "normal", null, null, null, returnUrl));
        app.MapGet("/settings/reading", (string? text, string? contrast, string? spacing, string? cursor, string? reset, string? returnUrl, HttpContext http) =>
            reset == "1" ? Reading(http, "normal", "off", "off", "off", returnUrl) : Reading(http, text, contrast, spacing, cursor, returnUrl));
        // ok / degraded (older content serving, with the kind of failure) answer 200; unavailable (nothing to serve)
        // 503. Public: the reason is a code, never the exception's text (internal hosts, paths) — that is in the log.
        app.MapGet("/healthz", (ContentProvider p) => Results.Json(
            new { status = p.Health, reason = p.LastFailureKind, lastFailure = p.LastFailure, items = p.Current.Items.Count, stale = p.IsStale, loadedAt = p.Current.LoadedAt },
            statusCode: p.Health == "unavailable" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK));
        app.MapPost("/api/govopen/webhook", Webhook);
    }

    private static async Task<IResult> Webhook(HttpContext http, ContentProvider provider, IOptions<SiteOptions> options, ILoggerFactory logs)
    {
        var expected = options.Value.WebhookSecret;
        var given = http.Request.Headers[WebhookHeader].ToString();
        if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            logs.CreateLogger("GovOpen.Webhook").LogWarning("Webhook call rejected: missing or wrong secret from {Ip}.", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }
        var ok = await provider.RefreshAsync(http.RequestAborted);
        return ok ? Results.Accepted() : Results.StatusCode(StatusCodes.Status502BadGateway);
    }

    private static IResult Feed(string name, SiteContent content, HttpContext http)
    {
        if (!Feeds.TryGetValue(name, out var f))
        {
            return Results.NotFound();
        }
        // Walked by heads: a feed reads only the items it lists.
        var column = content.Heads.Where(i => i.ContentType == f.ColumnType && content.ChildHeadsOf(i.Id).Any(c => c.ContentType == f.ChildType)).MinBy(i => i.SortOrder);
        var entries = column is null ? [] : content.ChildHeadsOf(column.Id).Where(c => c.ContentType == f.ChildType)
            .OrderByDescending(c => c.Published ?? content.Clock.DateOf(c.CreateDate)).Take(50).ToList();
        var baseUrl = http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl(http.Request);
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartDocument();
            w.WriteStartElement("feed", ns);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("title", ns, $"{f.Title} — {content.Manifest.Agency ?? "政府信息公开"}{(content.Manifest.Sample ? "（示例数据）" : "")}");
            w.WriteElementString("id", ns, $"{baseUrl}/feeds/{name}.xml");
            w.WriteElementString("updated", ns, XmlConvert.ToString(entries.Count > 0 ? entries.Max(e => e.UpdateDate) : content.LoadedAt));
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("href", $"{baseUrl}/feeds/{name}.xml");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                var url = baseUrl + SiteContent.NormalizePath(e.Route.Path);
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, e.Name);
                w.WriteElementString("id", ns, url);
                w.WriteElementString("updated", ns, XmlConvert.ToString(e.UpdateDate));
                w.WriteStartElement("link", ns);
                w.WriteAttributeString("href", url);
                w.WriteEndElement();
                var summary = content.Policies.TryGetValue(e.Id, out var p) && p.DocumentNumber is { } num ? $"{num} {string.Join("、", p.Issuers)}" : e.Name;
                w.WriteElementString("summary", ns, summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Results.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    /// <summary>The sitemap protocol's limit of addresses in one file (sitemaps.org: 50,000 URLs and 50 MB).</summary>
    internal const int MaxUrlsPerSitemap = 50_000;

    // A snapshot never changes, so neither does its site map: each file is made once per snapshot and address (up to
    // 50,000 addresses, about 5 MB, are otherwise written again for every request, which anyone can send).
    private static readonly ConditionalWeakTable<SiteContent, BoundedMemo<byte[]>> SitemapFiles = new();

    /// <summary>The site-map files kept for a snapshot (tests).</summary>
    internal static int SitemapFilesKept(SiteContent content) => SitemapFiles.TryGetValue(content, out var kept) ? kept.Count : 0;

    private static IResult Sitemap(SiteContent content, HttpContext http, int? part)
    {
        var baseUrl = http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl(http.Request);
        var kept = SitemapFiles.GetValue(content, static _ => new BoundedMemo<byte[]>(128L * 1024 * 1024, static (key, bytes) => bytes.Length + key.Length * 2L));
        var key = $"{baseUrl}\u001F{part}";
        if (!kept.TryGet(key, out var bytes))
        {
            if (SitemapXml(content, baseUrl, part) is not { } xml)
            {
                return Results.NotFound(); // not kept: a part that does not exist costs nothing to answer again
            }
            bytes = Encoding.UTF8.GetBytes(xml);
            kept.Add(key, bytes);
        }
        return Results.Bytes(bytes, "application/xml; charset=utf-8");
    }

    /// <summary>
    /// The site map: every public item's address. Up to <paramref name="perFile"/> items it is one <c>urlset</c> at
    /// /sitemap.xml; beyond that /sitemap.xml is a <c>sitemapindex</c> of /sitemap-1.xml … /sitemap-N.xml, each a
    /// <c>urlset</c> of at most <paramref name="perFile"/> items in route order, so a provincial site's map stays
    /// within what search engines accept. Null for a part that does not exist.
    /// </summary>
    internal static string? SitemapXml(SiteContent content, string baseUrl, int? part, int perFile = MaxUrlsPerSitemap)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var heads = content.Heads;
        var parts = Math.Max(1, (heads.Count + perFile - 1) / perFile);
        if (part is { } p && (parts == 1 || p < 1 || p > parts))
        {
            return null;
        }
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartDocument();
            if (part is null && parts > 1)
            {
                w.WriteStartElement("sitemapindex", ns);
                for (var i = 1; i <= parts; i++)
                {
                    w.WriteStartElement("sitemap", ns);
                    w.WriteElementString("loc", ns, $"{baseUrl}/sitemap-{i}.xml");
                    w.WriteEndElement();
                }
            }
            else
            {
                w.WriteStartElement("urlset", ns);
                var ordered = heads.OrderBy(i => i.Route.Path, StringComparer.Ordinal);
                foreach (var item in part is { } n ? ordered.Skip((n - 1) * perFile).Take(perFile) : ordered)
                {
                    w.WriteStartElement("url", ns);
                    w.WriteElementString("loc", ns, baseUrl + SiteContent.NormalizePath(item.Route.Path));
                    w.WriteElementString("lastmod", ns, GovOpen.Core.Text.IsoDate.Format(content.Clock.DateOf(item.UpdateDate)));
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
        }
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static readonly FileExtensionContentTypeProvider ContentTypesByExtension = new();

    /// <summary>
    /// The one media gate: a file is served only when a public item of today's snapshot references it
    /// (<see cref="PublicContent.MediaReferences"/>), from the package in package mode and from Umbraco in Delivery
    /// API mode. Anything else — an attachment of a withheld document, a guessed path — is the same 404 as a missing file.
    /// </summary>
    private static async Task<IResult> Media(string path, int? w, SiteContent content, IContentSource source, ImageVariants variants, HttpContext http)
    {
        if (MediaReferences.KeyOf("media/" + path) is not { } key || !content.Public.MediaReferences.Contains(key))
        {
            return Results.NotFound();
        }
        http.Response.Headers.CacheControl = "public, max-age=300";
        var type = TypeOf(key);
        if (IsActive(type))
        {
            // HTML, SVG, XML or script from the media store would run with the site's origin: downloaded, never shown.
            http.Response.Headers.ContentDisposition = "attachment";
        }
        // A responsive variant (?w=) of a raster image: one of the offered widths, else the original.
        var width = w is { } requested && ImageVariants.IsOffered(requested) && ImageVariants.IsResizable(key) ? w : null;
        if (content.ResolveMedia(key) is { } file)
        {
            if (width is { } vw && await variants.VariantAsync(file, vw, http.RequestAborted) is { } variant)
            {
                return Results.File(variant, type, enableRangeProcessing: true);
            }
            return Results.File(file, type, enableRangeProcessing: true);
        }
        var remote = await source.OpenMediaAsync(key, width, http.RequestAborted);
        if (remote is null)
        {
            return Results.NotFound();
        }
        http.Response.RegisterForDisposeAsync(remote);
        return Results.Stream(remote.Content, type, lastModified: remote.LastModified);
    }

    private static bool IsActive(string type) =>
        type.Contains("html", StringComparison.OrdinalIgnoreCase) || type.Contains("svg", StringComparison.OrdinalIgnoreCase)
        || type.Contains("xml", StringComparison.OrdinalIgnoreCase) || type.Contains("javascript", StringComparison.OrdinalIgnoreCase)
        || type == "application/octet-stream";

    private static string TypeOf(string file)
    {
        var type = ContentTypesByExtension.TryGetContentType(file, out var t) ? t : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
    }

    /// <summary>A local path to go back to, or the home page: never another site, never a control character.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } r && r[0] == '/' && (r.Length == 1 || (r[1] != '/' && r[1] != '\\'))
        && !r.Any(c => char.IsControl(c) || c == '\\') ? r : "/xxgk/";

    /// <summary>Changes the 适老化 reading settings (one cookie, a year) and goes back to the page.</summary>
    private static IResult Reading(HttpContext http, string? text, string? contrast, string? spacing, string? cursor, string? returnUrl)
    {
        var prefs = ReadingPreferences.From(http.Request).With(text, contrast, spacing, cursor);
        var options = new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        };
        http.Response.Cookies.Append(ReadingPreferences.Cookie, prefs.ToCookie(), options);
        if (http.Request.Cookies.ContainsKey(ReadingPreferences.LegacyCookie))
        {
            http.Response.Cookies.Delete(ReadingPreferences.LegacyCookie);
        }
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }
}
