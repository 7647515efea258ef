using GovOpen.Site.Services;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGovOpenSite(builder.Configuration);
builder.Services.AddRazorPages();
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

var app = builder.Build();
var opts = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
var problems = opts.Validate(app.Environment.IsDevelopment()).ToList();
if (problems.Count > 0)
{
    throw new InvalidOperationException("Invalid GovOpen site settings: " + string.Join(" ", problems));
}
await app.Services.GetRequiredService<ContentProvider>().InitializeAsync(app.Lifetime.ApplicationStopping);
if (opts.Requests.Enabled)
{
    // Apply the request register's migration (the SQLite default lives under App_Data).
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<GovOpen.Requests.RequestStore>().MigrateAsync();
}

// First: the client address and scheme as the configured proxy reports them (GovOpen:Site:Proxy). Only when a proxy
// is configured: ASP.NET Core believes forwarded headers from everyone when its lists of known proxies are empty.
if (opts.Proxy.KnownProxies.Count + opts.Proxy.KnownNetworks.Count > 0)
{
    app.UseForwardedHeaders();
}
app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<PageCacheMiddleware>();
app.MapSiteEndpoints();
app.MapRazorPages();
try
{
    app.Run();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // The one failure a first run meets most: say what to do instead of a stack trace.
    Console.Error.WriteLine($"错误 error: 端口已被占用（{e.Message}）。请换一个端口，例如：dotnet run --project src/GovOpen.Site --urls http://localhost:5081");
    Console.Error.WriteLine("The port is already in use; choose another one, e.g. --urls http://localhost:5081");
    Environment.ExitCode = 1;
}

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
