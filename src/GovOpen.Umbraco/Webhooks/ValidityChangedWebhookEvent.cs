using GovOpen.Umbraco.Notifications;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;
using Umbraco.Cms.Core.Webhooks;

namespace GovOpen.Umbraco.Webhooks;

/// <summary>Webhook "政策文件有效性变更": fired when GovOpen changes a document's validity (废止/修订/失效).</summary>
[WebhookEvent("政策文件有效性变更 (GovOpen validity changed)", "GovOpen")]
public sealed class ValidityChangedWebhookEvent(
    IWebhookFiringService firing,
    IWebhookService webhooks,
    IOptionsMonitor<WebhookSettings> settings,
    IServerRoleAccessor roles) : WebhookEventBase<GovValidityChangedNotification>(firing, webhooks, settings, roles)
{
    public const string EventAlias = "govopen.validityChanged";

    public override string Alias => EventAlias;

    public override object? ConvertNotificationToRequestPayload(GovValidityChangedNotification notification) => new
    {
        id = notification.DocumentKey,
        name = notification.DocumentName,
        change = notification.Change.Kind.ToString(),
        date = notification.Change.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        by = notification.Change.By is { } by ? new { id = by.Id, documentNumber = by.DocumentNumber, title = by.Title } : null,
    };
}
