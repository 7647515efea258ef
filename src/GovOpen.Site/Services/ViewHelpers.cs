using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;
using GovOpen.Core.Validity;
using GovOpen.Search;

namespace GovOpen.Site.Services;

/// <summary>Small formatting helpers shared by the pages.</summary>
public static class ViewHelpers
{
    public static string Date(DateOnly? d) => d is { } v ? ChineseDate.Format(v) : "—";

    /// <summary>The format shown beside an attachment (PDF, DOCX …): from the file name, else the media type.</summary>
    public static string? FileFormat(string? url, string? mediaType)
    {
        var path = url?.Split('?', '#')[0] ?? "";
        var ext = Path.GetExtension(path).TrimStart('.');
        if (ext.Length is > 0 and <= 5 && ext.All(char.IsAsciiLetterOrDigit))
        {
            return ext.ToUpperInvariant();
        }
        return mediaType?.Split('/') is [_, var sub] && sub.Length is > 0 and <= 20 ? sub.ToUpperInvariant() : null;
    }

    /// <summary>A file size as readers expect it (KB/MB, one decimal), or null when unknown.</summary>
    public static string? FileSize(long? bytes) => bytes switch
    {
        null or < 0 => null,
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes.Value / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes.Value / 1024.0 / 1024.0:0.#} MB"),
    };

    public static string IsoDate(DateOnly? d) => GovOpen.Core.Text.IsoDate.Format(d) ?? "";

    /// <summary>CSS modifier of a validity badge; the badge always shows its text too (never colour only).</summary>
    public static string BadgeClass(string? validity) => validity switch
    {
        "现行有效" => "badge badge-ok",
        "已修订" => "badge badge-revised",
        "已废止" => "badge badge-abolished",
        "已失效" => "badge badge-expired",
        "尚未生效" => "badge badge-pending",
        _ => "badge",
    };

    public static ValidityState StateOf(PolicyDocument p, DateOnly today) => p.ValidityOn(today);

    /// <summary>schema.org LegalForceStatus for a validity state.</summary>
    public static string LegalForce(ValidityState s) => s switch
    {
        ValidityState.InForce => "https://schema.org/InForce",
        ValidityState.Revised => "https://schema.org/PartiallyInForce",
        _ => "https://schema.org/NotInForce",
    };

    // Chinese stays readable; < > & ' " are \u-escaped so nothing in a title can close or confuse the script element.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>schema.org Legislation JSON-LD for a policy page (safe to embed in a script element).</summary>
    public static string LegislationJsonLd(PolicyDocument p, ValidityState state, string url, string? agency)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = p.Title,
            ["url"] = url,
            ["inLanguage"] = "zh-CN",
            ["legislationIdentifier"] = p.ParsedNumber?.Normalized ?? p.DocumentNumber,
            ["legislationDate"] = IsoDate(p.SignedDate),
            ["datePublished"] = IsoDate(p.PublishedDate),
            ["legislationLegalForce"] = LegalForce(state),
            ["legislationType"] = p.Genre.Name(),
            ["legislationPassedBy"] = new JsonArray(p.Issuers.Select(i => (JsonNode)new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = i }).ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = agency ?? p.Issuers.FirstOrDefault() },
        };
        if (p.Validity.EffectiveDate is { } eff)
        {
            o["legislationDateOfApplicability"] = IsoDate(eff);
        }
        if (p.Validity.ValidUntil is { } until)
        {
            o["expires"] = IsoDate(until);
        }
        return o.ToJsonString(JsonLdOptions);
    }

    /// <summary>A page of the list URL with one query value changed (and paging reset unless it is the page).</summary>
    public static string WithQuery(HttpRequest request, string key, string? value) =>
        Url(request, k => k != key && (key == "page" || k != "page"), string.IsNullOrEmpty(value) ? null : (key, value));

    /// <summary>The list URL without any of the filter keys (and without paging).</summary>
    public static string WithoutFilters(HttpRequest request, IEnumerable<string> keys)
    {
        var drop = keys.Append("page").ToHashSet(StringComparer.Ordinal);
        return Url(request, k => !drop.Contains(k), null);
    }

    /// <summary>The request's path with the query values whose key is kept, and one value added.</summary>
    private static string Url(HttpRequest request, Func<string, bool> keep, (string Key, string Value)? add)
    {
        var q = request.Query.Where(kv => keep(kv.Key)).SelectMany(kv => kv.Value.Select(v => (kv.Key, Value: v ?? ""))).ToList();
        if (add is { } a)
        {
            q.Add(a);
        }
        var qs = string.Join("&", q.Select(x => $"{Uri.EscapeDataString(x.Key)}={Uri.EscapeDataString(x.Value)}"));
        return request.Path + (qs.Length > 0 ? "?" + qs : "");
    }

    /// <summary>Parses the page number of a list; anything malformed is page 1.</summary>
    public static int PageNumber(HttpRequest request) =>
        int.TryParse(request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 500 ? p : 1;

    /// <summary>The list filters present in the query string (only known keys, at most 5 values each, each at most 100 characters).</summary>
    public static Dictionary<string, IReadOnlyList<string>> Filters(HttpRequest request, params string[] keys) =>
        keys.Select(k => (k, request.Query[k].Where(v => !string.IsNullOrWhiteSpace(v) && v!.Length <= 100).Take(5).Select(v => v!).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToDictionary(x => x.k, x => (IReadOnlyList<string>)x.Item2);

    public static string FacetLabel(string key) => key switch
    {
        "year" => "年份",
        "issuer" => "发文机关",
        "topic" => "主题分类",
        "genre" => "文种",
        "validity" => "有效性",
        "type" => "类别",
        _ => key,
    };

    public static string FacetValueLabel(string key, string value) => key == "type" ? SearchContentTypes.Name(value) : value;

    public static string ColumnTypeOf(ContentItem item, SiteContent content) => item.ContentType switch
    {
        ContentTypes.PolicyDocument => "信息公开，政策文件",
        ContentTypes.PolicyInterpretation => "信息公开，政策解读",
        ContentTypes.Meeting or ContentTypes.MeetingColumn => "信息公开，会议公开",
        ContentTypes.FeeItem or ContentTypes.FeeColumn => "信息公开，价格收费",
        _ => "信息公开",
    };
}
