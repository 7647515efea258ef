using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Requests;

/// <summary>
/// Prepares the 依申请公开 register once Umbraco runs: applies its migration and erases personal data past the
/// retention period. Only at runtime level Run (never while Umbraco installs or upgrades), and a failure — an
/// unreachable database, wrong settings — is logged and pauses the module instead of aborting start-up
/// (Umbraco awaits <see cref="UmbracoApplicationStartingNotification"/> handlers during start).
/// </summary>
public sealed class RequestRegisterStartup(IServiceScopeFactory scopes, GovOpenSettings settings, RequestRegisterStatus status, ILogger<RequestRegisterStartup> log)
    : INotificationAsyncHandler<UmbracoApplicationStartingNotification>
{
    public async Task HandleAsync(UmbracoApplicationStartingNotification notification, CancellationToken cancellationToken)
    {
        if (notification.RuntimeLevel != RuntimeLevel.Run)
        {
            status.Failed($"Umbraco 处于 {notification.RuntimeLevel} 状态，依申请公开登记库待运行后初始化 (runtime level {notification.RuntimeLevel}; the register starts at Run)");
            return;
        }
        if (!settings.RequestsUsable || !settings.Options.Modules.Requests)
        {
            status.Failed(settings.Options.Modules.Requests
                ? "依申请公开登记库设置有误，模块暂停（见政务公开设置）(the register's settings are wrong; see the GovOpen settings check)"
                : "依申请公开模块已关闭（GovOpen:Modules:Requests=false）(the requests module is switched off)");
            return;
        }
        try
        {
            using var scope = scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<RequestStore>();
            await store.MigrateAsync(cancellationToken);
            await store.ApplyRetentionAsync(settings.RetentionYears, cancellationToken);
            status.Ready();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "GovOpen: the 依申请公开 request register could not be prepared; the module is paused.");
            status.Failed($"依申请公开登记库无法使用，模块暂停：{e.Message} (the request register cannot be used; the module is paused)");
        }
    }
}
