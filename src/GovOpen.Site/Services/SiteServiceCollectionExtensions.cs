using System.Net;

namespace GovOpen.Site.Services;

public static class SiteServiceCollectionExtensions
{
    public const string RequestRateLimit = "govopen-requests";

    public static IServiceCollection AddGovOpenSite(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SiteOptions>(config.GetSection(SiteOptions.Section));
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
                : new PackageContentSource(o.PackagePath ?? PackageContentSource.EmbeddedPath);
        });
        services.AddSingleton(sp => new DeliveryApiContentSource(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DeliveryApiContentSource)),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.DeliveryApi));
        services.AddSingleton<ContentProvider>();
        services.AddHostedService<ContentRefreshService>();
        services.AddScoped(sp => sp.GetRequiredService<ContentProvider>().Current);

        // 依申请公开: the request register (EF Core; SQLite by default).
        services.AddSingleton(_ => GovOpen.Core.Calendar.WorkCalendar.Embedded);
        GovOpen.Requests.RequestServiceCollectionExtensions.AddRequestRegister(services,
            sp =>
            {
                var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.Requests;
                return (o.Provider, o.ConnectionString);
            },
            sp => Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "App_Data", "govopen-requests.db"));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RequestRateLimit, ctx =>
            {
                if (!HttpMethods.IsPost(ctx.Request.Method))
                {
                    return System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("get");
                }
                var limit = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.Requests.SubmissionsPer10Minutes;
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 });
            });
        });
        return services;
    }
}
