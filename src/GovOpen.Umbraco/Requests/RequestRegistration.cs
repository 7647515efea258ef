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
    /// <summary>The register: the configured connection, or a SQLite file under umbraco/Data/GovOpen.</summary>
    internal static void AddRequestRegister(IServiceCollection services) =>
        services.AddRequestRegister(
            sp =>
            {
                var o = sp.GetRequiredService<IOptions<GovOpenOptions>>().Value.Requests;
                return (o.Provider, o.ConnectionString);
            },
            sp => Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "umbraco", "Data", "GovOpen", "requests.db"));
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
