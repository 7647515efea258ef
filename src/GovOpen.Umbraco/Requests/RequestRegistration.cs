using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Requests;

public static class RequestRegistration
{
    /// <summary>The register's connection: the configured one, or a SQLite file under umbraco/Data/GovOpen.</summary>
    public static RequestDbContext CreateContext(IServiceProvider sp)
    {
        var o = sp.GetRequiredService<IOptions<GovOpenOptions>>().Value.Requests;
        var cs = o.ConnectionString;
        if (string.IsNullOrWhiteSpace(cs))
        {
            var dir = Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "umbraco", "Data", "GovOpen");
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "requests.db")}";
        }
        return new RequestDbContext(RequestDbContext.Options(o.Provider, cs));
    }

    internal static void AddRequestRegister(IServiceCollection services)
    {
        services.AddScoped(CreateContext);
        services.AddScoped<RequestStore>();
        services.AddScoped<IRequestIntake>(sp => sp.GetRequiredService<RequestStore>());
    }
}

/// <summary>Applies the register's migration when Umbraco starts, and erases personal data past the retention period.</summary>
public sealed class RequestRegisterStartup(IServiceScopeFactory scopes, IOptions<GovOpenOptions> options) : INotificationAsyncHandler<UmbracoApplicationStartingNotification>
{
    public async Task HandleAsync(UmbracoApplicationStartingNotification notification, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<RequestStore>();
        await store.MigrateAsync(cancellationToken);
        await store.ApplyRetentionAsync(options.Value.Requests.RetentionYears, cancellationToken);
    }
}
