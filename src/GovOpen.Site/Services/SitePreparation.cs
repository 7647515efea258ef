namespace GovOpen.Site.Services;

/// <summary>
/// <c>dotnet GovOpen.Site.dll --prepare</c>: what a start makes before it is fast — the search index and the site store
/// of today's content, and the request register's migration — made by a deployment step while the old site still
/// serves, so that the new site's first start opens them (docs/site.md, "Deployment").
/// </summary>
public static class SitePreparation
{
    /// <summary>Returns the process exit code: 0 when the content was loaded and everything made, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, SiteOptions options, ILogger log, CancellationToken ct)
    {
        if (options.IndexDirectory is not { Length: > 0 })
        {
            log.LogError("--prepare needs GovOpen:Site:IndexDirectory: without it the site keeps nothing across starts.");
            return 1;
        }
        var provider = services.GetRequiredService<ContentProvider>();
        string? done;
        try
        {
            done = await provider.PrepareAsync(ct);
        }
        catch (IOException e)
        {
            log.LogError("--prepare: {Reason}.", e.Message);
            return 1;
        }
        if (done is null)
        {
            log.LogError("--prepare: no content could be loaded ({Reason}).", provider.LastFailureReason ?? "see above");
            return 1;
        }
        if (options.Requests.Enabled)
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<GovOpen.Requests.RequestStore>().MigrateAsync(ct);
        }
        log.LogInformation("Prepared: {Done}.", done);
        provider.Dispose();
        return 0;
    }
}
