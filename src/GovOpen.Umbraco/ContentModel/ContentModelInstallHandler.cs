using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>Runs the installer once the application has started.</summary>
public sealed class ContentModelInstallHandler(ContentModelInstaller installer, ILogger<ContentModelInstallHandler> log) : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await installer.InstallAsync();
        }
        catch (Exception e)
        {
            log.LogError(e, "GovOpen content model installation failed; the site runs, but the 政务公开 document types may be incomplete.");
        }
    }
}
