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
// Start-up does four things that do not depend on each other: start the host (Kestrel, the pipeline, the JIT),
// load the content, apply the request register's migration (EF Core's first use costs about a second and a half
// whatever the content), and open or build the search index. The host and the content start side by side: a request
// that arrives before the content is in place waits for it (StartupGateMiddleware), so nothing is answered from an
// empty snapshot. The migration starts once the content is in (on two cores it slowed the content's load by about as
// much as it took; pages that use the register wait for it on their own), and the index once the site answers
// (search waits for it the first time).
var log = app.Services.GetRequiredService<ILogger<Program>>();
if (args.Contains("--prepare"))
{
    // A deployment step: make the search index and the site store of today's content (and migrate the register), so
    // the site's first start opens them; nothing is served. Exit code 1 when no content could be loaded.
    Environment.ExitCode = await SitePreparation.RunAsync(app.Services, opts, log, CancellationToken.None);
    return;
}
var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
app.Lifetime.ApplicationStarted.Register(() => started.TrySetResult());
app.Lifetime.ApplicationStopping.Register(() => started.TrySetResult());
var content = app.Services.GetRequiredService<ContentProvider>();
// The host now starts before the content is in: the first index waits for both, whatever the load's outcome.
var indexing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
content.IndexingGate = indexing.Task;
var loaded = Task.Run(() => content.InitializeAsync(app.Lifetime.ApplicationStopping));
_ = Task.WhenAll(started.Task, loaded).ContinueWith(_ => indexing.TrySetResult(), TaskScheduler.Default);
var migrated = opts.Requests.Enabled
    ? Task.Run(async () =>
    {
        // After the content, whatever its outcome: both are CPU-bound on a small server, and every page needs the
        // content, few the register.
        await loaded.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // The SQLite default lives under App_Data.
        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<GovOpen.Requests.RequestStore>();
        store.StaleLockCleared = taken => log.LogWarning("Removed the request register's migration lock taken at {Taken:u}: a process stopped while migrating and left it.", taken);
        await store.MigrateAsync(app.Lifetime.ApplicationStopping);
    })
    : Task.CompletedTask;
var ready = Task.WhenAll(loaded, migrated);
var gate = app.Services.GetRequiredService<StartupGate>();
gate.OpenWhen(loaded);
gate.OpenRegisterWhen(migrated);
_ = ready.ContinueWith(t =>
{
    // The register cannot be used (or loading failed in a way it does not handle itself): stop, as an exception
    // thrown before app.Run would have, instead of answering 503 for ever.
    log.LogCritical(t.Exception, "Start-up failed; stopping.");
    Environment.ExitCode = 1;
    app.Lifetime.StopApplication();
}, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

app.UseMiddleware<StartupGateMiddleware>();
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
