using System.Net;

namespace GovOpen.Site.Services;

/// <summary>The reverse proxy in front of the site (<c>GovOpen:Site:Proxy</c>).</summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed. Empty: none are.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of such proxies.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may append to <c>X-Forwarded-For</c> (one nginx: 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    internal IEnumerable<string> Validate()
    {
        foreach (var p in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"GovOpen:Site:Proxy:KnownProxies: '{p}' is not an IP address.";
        }
        foreach (var n in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return $"GovOpen:Site:Proxy:KnownNetworks: '{n}' is not a network in CIDR form (10.0.0.0/8).";
        }
        if (ForwardLimit is < 1 or > 10)
        {
            yield return "GovOpen:Site:Proxy:ForwardLimit must be 1–10.";
        }
    }
}

/// <summary>
/// What 国办发〔2017〕47号 (政府网站发展指引) asks every government site to show in its footer and head, all from
/// settings (<c>GovOpen:Site:Identity</c>): 党政机关网站标识, 主办单位 and contact, 网站标识码, ICP备案号, 公安机关备案号,
/// the 纠错 link and a 网站地图 page.
/// </summary>
public sealed class SiteIdentityOptions
{
    /// <summary>主办单位; the site name when not set.</summary>
    public string? Sponsor { get; set; }

    /// <summary>承办单位 (the office that runs the site), if different.</summary>
    public string? Operator { get; set; }

    /// <summary>联系方式 (telephone or e-mail shown in the footer).</summary>
    public string? Contact { get; set; }

    /// <summary>网站标识码 (10 characters, from the national site register); the content package's when not set.</summary>
    public string? SiteIdCode { get; set; }

    /// <summary>ICP备案号, e.g. 京ICP备05070218号; links to beian.miit.gov.cn.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安机关备案号 (the number only, e.g. 11010202000001); shown as 京公网安备 … and linked to beian.gov.cn.</summary>
    public string? PoliceRecordNumber { get; set; }

    /// <summary>The province's short name before 公网安备 (京, 沪 …).</summary>
    public string? PoliceRecordRegion { get; set; }

    /// <summary>The 党政机关网站标识 link (the certificate page at conac.cn) and its image.</summary>
    public string? PartyGovLabelUrl { get; set; }

    public string? PartyGovLabelImage { get; set; }

    /// <summary>The 纠错 link (e.g. 我为政府网站找错 with the site's code).</summary>
    public string? ErrorReportUrl { get; set; }

    internal IEnumerable<string> Validate()
    {
        if (SiteIdCode is { } code && (code.Length != 10 || !code.All(char.IsAsciiLetterOrDigit)))
        {
            yield return "GovOpen:Site:Identity:SiteIdCode must be the 10-character 网站标识码.";
        }
        if (PoliceRecordNumber is { } n && !n.All(char.IsAsciiDigit))
        {
            yield return "GovOpen:Site:Identity:PoliceRecordNumber must be digits only (the region goes in PoliceRecordRegion).";
        }
        foreach (var (key, url) in new[] { ("PartyGovLabelUrl", PartyGovLabelUrl), ("PartyGovLabelImage", PartyGovLabelImage), ("ErrorReportUrl", ErrorReportUrl) })
        {
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            {
                yield return $"GovOpen:Site:Identity:{key} must be an absolute http(s) URL.";
            }
        }
    }
}

/// <summary>
/// Sources an agency adds to the Content-Security-Policy for the sanctioned third-party scripts (党政机关标识, 找错,
/// statistics) (<c>GovOpen:Site:Csp</c>). Each entry is a host source such as <c>https://zfwzgl.www.gov.cn</c>.
/// </summary>
public sealed class CspOptions
{
    public List<string> ScriptSources { get; set; } = [];
    public List<string> ImageSources { get; set; } = [];
    public List<string> ConnectSources { get; set; } = [];
    public List<string> FrameSources { get; set; } = [];
    public List<string> StyleSources { get; set; } = [];

    internal IEnumerable<string> Validate()
    {
        foreach (var (key, list) in new[] { ("ScriptSources", ScriptSources), ("ImageSources", ImageSources), ("ConnectSources", ConnectSources), ("FrameSources", FrameSources), ("StyleSources", StyleSources) })
        {
            foreach (var s in list.Where(s => !IsHostSource(s)))
            {
                yield return $"GovOpen:Site:Csp:{key}: '{s}' is not an https host source (such as https://zfwzgl.www.gov.cn); keywords like 'unsafe-inline' are not accepted.";
            }
        }
    }

    /// <summary>An https origin, optionally with a leading <c>*.</c> wildcard host; nothing that could add a directive.</summary>
    internal static bool IsHostSource(string s) =>
        s.StartsWith("https://", StringComparison.Ordinal) && s.Length > 8 && s.Length <= 200
        && s[8..].All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '/' or '*' or '_')
        && !s[8..].Contains("//", StringComparison.Ordinal);
}
