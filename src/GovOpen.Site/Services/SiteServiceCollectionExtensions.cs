using System.Net;

namespace GovOpen.Site.Services;

public static class SiteServiceCollectionExtensions
{
    public const string ApplyRateLimit = "govopen-apply";
    public const string StatusRateLimit = "govopen-status";
    public const string CommentRateLimit = "govopen-comment";
    public const string SearchRateLimit = "govopen-search";

    private static System.Threading.RateLimiting.RateLimitPartition<string> PerClient(HttpContext ctx, string form, Func<RequestOptions, int> limit)
    {
        if (!HttpMethods.IsPost(ctx.Request.Method))
        {
            return System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("get");
        }
        var permits = limit(ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.Requests);
        return PerAddress(ctx, form, permits, TimeSpan.FromMinutes(10));
    }

    /// <summary>A fixed window of <paramref name="permits"/> per client address and kind of request, nothing queued.</summary>
    private static System.Threading.RateLimiting.RateLimitPartition<string> PerAddress(HttpContext ctx, string form, int permits, TimeSpan window) =>
        System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter($"{form}:{ctx.Connection.RemoteIpAddress}",
            _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    /// <summary>Searches with text, per client address and minute (<see cref="SiteOptions.SearchesPerMinute"/>); lists without text are free.</summary>
    private static System.Threading.RateLimiting.RateLimitPartition<string> SearchesPerClient(HttpContext ctx)
    {
        var permits = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.SearchesPerMinute;
        if (permits <= 0 || string.IsNullOrWhiteSpace(ctx.Request.Query["q"].ToString()))
        {
            return System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("search-free");
        }
        return PerAddress(ctx, "search", permits, TimeSpan.FromMinutes(1));
    }

    public static IServiceCollection AddGovOpenSite(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SiteOptions>(config.GetSection(SiteOptions.Section));
        // The site's own state (search indexes, image variants) lives under its content root, next to the request
        // register, unless configured elsewhere.
        services.AddOptions<SiteOptions>().PostConfigure<IWebHostEnvironment>((o, env) =>
        {
            o.IndexDirectory ??= Path.Combine(env.ContentRootPath, "App_Data", "search-index");
            o.ImageCacheDirectory ??= Path.Combine(env.ContentRootPath, "App_Data", "image-variants");
        });
        // Chinese text is written as text, not as numeric entities (the default encoder only allows Basic Latin).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        // The agency's "today" (deadlines, publication dates, validity labels) in its configured zone, not the server's.
        services.AddSingleton(sp => new GovOpen.Core.Time.AgencyClock(sp.GetRequiredService<TimeProvider>(),
            GovOpen.Core.Time.AgencyClock.FindZone(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.TimeZone)));
        services.AddHttpClient<DeliveryApiContentSource>((sp, http) =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.DeliveryApi;
            if (Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUri))
            {
                http.BaseAddress = new Uri(baseUri.ToString().TrimEnd('/') + "/");
            }
            http.Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        services.AddSingleton<IContentSource>(sp =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value;
            return o.ContentSource == "deliveryApi"
                ? sp.GetRequiredService<DeliveryApiContentSource>()
                : new PackageContentSource(string.IsNullOrWhiteSpace(o.PackagePath) ? PackageContentSource.EmbeddedPath : o.PackagePath); // empty = the sample
        });
        services.AddSingleton(sp => new DeliveryApiContentSource(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DeliveryApiContentSource)),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.DeliveryApi));
        services.AddSingleton<ContentProvider>();
        services.AddSingleton<StartupGate>();
        services.AddSingleton<CommentFormGuard>();
        services.AddSingleton<ImageVariants>();
        services.AddHostedService<ContentRefreshService>();
        services.AddScoped(sp => sp.GetRequiredService<ContentProvider>().Current);

        // 依申请公开: the request register (EF Core; SQLite by default).
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.CalendarDirectory is { Length: > 0 } dir && Directory.Exists(dir)
            ? GovOpen.Packaging.CalendarFiles.WithYearsFrom(GovOpen.Core.Calendar.WorkCalendar.Embedded, dir)
            : GovOpen.Core.Calendar.WorkCalendar.Embedded);
        GovOpen.Requests.RequestServiceCollectionExtensions.AddRequestRegister(services,
            sp =>
            {
                var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.Requests;
                return (o.Provider, o.ConnectionString);
            },
            sp => Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data", "govopen-requests.db"));
        // Per client (the address the trusted proxy reports; see Proxy) and per form: applying and looking up a status
        // are counted apart, so a run of wrong lookups never blocks an application.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                if (ctx.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retry))
                {
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(ApplyRateLimit, ctx => PerClient(ctx, "apply", r => r.SubmissionsPer10Minutes));
            o.AddPolicy(StatusRateLimit, ctx => PerClient(ctx, "status", r => r.LookupsPer10Minutes));
            o.AddPolicy(CommentRateLimit, ctx => PerClient(ctx, "comment", r => r.SubmissionsPer10Minutes));
            o.AddPolicy(SearchRateLimit, SearchesPerClient);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure under HTTPS (through the proxy's X-Forwarded-Proto)
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<SiteOptions>>((fh, site) =>
        {
            var proxy = site.Value.Proxy;
            fh.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            fh.ForwardLimit = proxy.ForwardLimit;
            // Only the configured proxies are believed (the framework's default trusts loopback).
            fh.KnownProxies.Clear();
            fh.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list is still consulted and holds 127.0.0.0/8 by default
            fh.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var a in proxy.KnownProxies)
            {
                fh.KnownProxies.Add(IPAddress.Parse(a));
            }
            foreach (var n in proxy.KnownNetworks)
            {
                fh.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
            }
        });
        return services;
    }
}
