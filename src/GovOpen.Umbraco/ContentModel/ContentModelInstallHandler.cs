using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// Runs the content-model installer after start-up, once per cluster:
/// <list type="bullet">
/// <item>only at <see cref="RuntimeLevel.Run"/> (never while Umbraco installs or upgrades; the started notification
/// carries no level, so <see cref="IRuntimeState.Level"/> is asked);</item>
/// <item>only on the server whose role is <see cref="ServerRole.Single"/> or <see cref="ServerRole.SchedulingPublisher"/>.
/// The role is elected just after start-up (it is <see cref="ServerRole.Unknown"/> until the server registration
/// touches the server), so the handler waits for it in the background without holding up start-up.</item>
/// <item>only where Umbraco's <c>Umbraco:CMS:PackageMigration:RunSchemaAndContentMigrations</c> is on (the default).
/// Umbraco Deploy / Umbraco Cloud switch it off where schema arrives by deployment (the model is installed in the
/// development environment and deployed from there, as a package's schema migrations are), and administrators may.</item>
/// </list>
/// </summary>
public sealed class ContentModelInstallHandler(
    ContentModelInstaller installer,
    IRuntimeState runtime,
    IServerRoleAccessor roles,
    ILogger<ContentModelInstallHandler> log,
    IOptions<PackageMigrationSettings>? packageMigrations = null) : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    /// <summary>How often the server role is asked while it is still unknown.</summary>
    internal TimeSpan RolePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for the election before giving up until the next start (about 15 minutes).</summary>
    internal int RolePollAttempts { get; set; } = 60;

    /// <summary>The background run started by the last notification (for tests).</summary>
    internal Task<bool> Background { get; private set; } = Task.FromResult(false);

    public Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (runtime.Level != RuntimeLevel.Run)
        {
            log.LogInformation("GovOpen content model: not installed at runtime level {Level}; it is installed once Umbraco runs.", runtime.Level);
            return Task.CompletedTask;
        }
        if (packageMigrations?.Value.RunSchemaAndContentMigrations == false)
        {
            log.LogInformation("GovOpen content model: not installed here, as Umbraco:CMS:PackageMigration:RunSchemaAndContentMigrations is false (schema comes by deployment).");
            return Task.CompletedTask;
        }
        using (ExecutionContext.SuppressFlow())
        {
            Background = Task.Run(() => RunWhenElectedAsync(CancellationToken.None), CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    /// <summary>Waits until this server's role is known; installs on a Single or SchedulingPublisher server. True if it installed.</summary>
    internal async Task<bool> RunWhenElectedAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < RolePollAttempts; attempt++)
        {
            switch (roles.CurrentServerRole)
            {
                case ServerRole.Single:
                case ServerRole.SchedulingPublisher:
                    return await InstallAsync();
                case ServerRole.Subscriber:
                    log.LogDebug("GovOpen content model: this server is a subscriber; the scheduling publisher installs the model.");
                    return false;
                default:
                    await Task.Delay(RolePollInterval, cancellationToken);
                    break;
            }
        }
        log.LogWarning("GovOpen content model: the server role was not elected in time; the model is installed at the next start.");
        return false;
    }

    private async Task<bool> InstallAsync()
    {
        try
        {
            await installer.InstallAsync();
            return true;
        }
        catch (Exception e)
        {
            log.LogError(e, "GovOpen content model installation failed; the site runs, but the 政务公开 document types may be incomplete.");
            return false;
        }
    }
}
