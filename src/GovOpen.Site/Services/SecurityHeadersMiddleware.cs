using Microsoft.Extensions.Options;

namespace GovOpen.Site.Services;

/// <summary>
/// Security headers on every response the application writes: a CSP without inline script (extended only by the
/// configured host sources, <see cref="CspOptions"/>), nosniff, referrer policy, no framing, and HSTS on HTTPS.
/// Responses Kestrel writes itself (400/414/431 for malformed requests) never reach middleware: the reverse proxy
/// adds the same headers to those (docs/site.md, deploy/nginx).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SiteOptions> options)
{
    private readonly string _csp = BuildCsp(options.Value.Csp);
    private readonly string? _hsts = options.Value.HstsMaxAgeDays > 0 ? $"max-age={options.Value.HstsMaxAgeDays * 86400}" : null;

    /// <summary>The policy with no agency additions.</summary>
    public static string Csp => BuildCsp(new CspOptions());

    public static string BuildCsp(CspOptions extra)
    {
        static string With(string baseSources, List<string> more) => more.Count == 0 ? baseSources : baseSources + " " + string.Join(' ', more);
        return string.Join("; ",
            "default-src 'self'",
            With("script-src 'self'", extra.ScriptSources),
            With("style-src 'self'", extra.StyleSources),
            With("img-src 'self' data: https:", extra.ImageSources),
            "media-src 'self' https:",
            With("connect-src 'self'", extra.ConnectSources),
            With("frame-src 'none'", extra.FrameSources).Replace("'none' ", "", StringComparison.Ordinal),
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    }

    public Task Invoke(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = _csp;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h.XFrameOptions = "DENY";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (_hsts is not null && context.Request.IsHttps)
            {
                h.StrictTransportSecurity = _hsts;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
