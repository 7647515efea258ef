using GovOpen.Core.Calendar;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.DeliveryApi;
using GovOpen.Umbraco.HealthChecks;
using GovOpen.Umbraco.Import;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.PropertyEditors;
using GovOpen.Umbraco.Search;
using GovOpen.Umbraco.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Composing;

/// <summary>Installs GovOpen when the package is referenced (Umbraco discovers composers).</summary>
public sealed class GovOpenComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder) => builder.AddGovOpen();
}

public static class GovOpenBuilderExtensions
{
    private sealed class Marker;

    /// <summary>Registers everything GovOpen needs. Calling it twice registers it once.</summary>
    public static IUmbracoBuilder AddGovOpen(this IUmbracoBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(Marker)))
        {
            return builder;
        }
        builder.Services.AddSingleton<Marker>();

        // Bound without ValidateOnStart: a missing or wrong setting is reported (GovOpenSettings.Problems on the
        // dashboard and in a health check) and never stops the host or Umbraco's installer.
        builder.Services.AddOptions<GovOpenOptions>().Bind(builder.Config.GetSection(GovOpenOptions.Section));
        builder.Services.AddSingleton<GovOpenSettings>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The agency's "today" in its configured zone; every handler, check and endpoint asks this clock.
        builder.Services.AddSingleton(sp => new GovOpen.Core.Time.AgencyClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<GovOpenSettings>().Zone));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<GovOpenSettings>().Calendar);

        builder.Services.AddSingleton<ContentModelInstaller>();
        builder.Services.AddSingleton<IGovContentSource, UmbracoGovContentSource>();
        builder.Services.AddSingleton<GovOpenSearch>();
        builder.Services.AddSingleton<GovOpen.Umbraco.Api.PublicSearchLimiter>();
        builder.Services.AddSingleton<IPolicyDirectory, SearchPolicyDirectory>();
        builder.Services.AddSingleton<ContentPackageImporter>();
        builder.Services.AddSingleton<PendingValidityChanges>();
        builder.Services.AddSingleton<GovOpen.Umbraco.Security.IGovCurrentUser, GovOpen.Umbraco.Security.UmbracoGovCurrentUser>();
        builder.Services.AddSingleton<GovOpen.Umbraco.Scheduling.IReindexRequester, GovOpen.Umbraco.Scheduling.DistributedCacheReindexRequester>();
        builder.Services.AddHostedService<GovOpen.Umbraco.Scheduling.GovOpenDailyRefresh>();
        GovOpen.Umbraco.Requests.RequestRegistration.AddRequestRegister(builder.Services);

        builder.DataEditors()
            .Add<DocumentNumberDataEditor>().Add<TopicDataEditor>().Add<GenreDataEditor>().Add<PolicyCategoryDataEditor>()
            .Add<DisclosureDataEditor>().Add<ValidityDataEditor>().Add<InterpretationLinkDataEditor>().Add<InterpretationFormDataEditor>()
            .Add<FeeCategoryDataEditor>().Add<FeeStandardDataEditor>().Add<MeetingAgendaDataEditor>()
            .Add<GraphicImagesDataEditor>().Add<QuestionsAndAnswersDataEditor>().Add<StandardCatalogueDataEditor>().Add<DecisionCatalogueDataEditor>();
        // 解读关联 values reference policies: Umbraco tracks them like any document picker's references.
        builder.DataValueReferenceFactories().Append<InterpretationLinkReferenceFactory>();

        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, ContentModelInstallHandler>();
        builder.AddNotificationAsyncHandler<UmbracoApplicationStartingNotification, GovOpen.Umbraco.Requests.RequestRegisterStartup>();
        builder.Services.AddSingleton<GovOpen.Umbraco.ContentModel.IGovMediaResolver, GovOpen.Umbraco.ContentModel.UmbracoMediaResolver>();
        builder.Services.AddTransient<PublishingGuard>();
        builder.AddNotificationHandler<ContentPublishingNotification, PublishingGuard>();
        builder.AddNotificationHandler<ContentPublishingNotification, InterpretationStatusHandler>();
        builder.AddNotificationHandler<ContentPublishedNotification, ValidityCascadeHandler>();
        builder.Services.AddSingleton<PublishingValidityEvents>();
        builder.AddNotificationHandler<ContentPublishingNotification, ValidityPublishedHandler>();
        builder.AddNotificationHandler<ContentPublishedNotification, ValidityPublishedHandler>();
        builder.AddNotificationHandler<ContentUnpublishingNotification, DanglingInterpretationWarning>();
        builder.AddNotificationHandler<ContentMovingToRecycleBinNotification, DanglingInterpretationWarning>();
        builder.AddNotificationHandler<ContentDeletingNotification, DanglingInterpretationWarning>();
        builder.AddNotificationHandler<ContentPublishedNotification, SearchIndexUpdater>();
        builder.AddNotificationHandler<ContentUnpublishedNotification, SearchIndexUpdater>();
        builder.AddNotificationHandler<ContentMovedToRecycleBinNotification, SearchIndexUpdater>();
        builder.AddNotificationHandler<ContentSavedNotification, SearchIndexUpdater>();
        builder.AddNotificationHandler<ContentDeletedNotification, SearchIndexUpdater>();
        builder.AddNotificationHandler<ContentCacheRefresherNotification, SearchIndexUpdater>();

        builder.ContentIndexHandlers().Add<GovContentIndexHandler>();
        builder.FilterHandlers().Add<GovFilterHandler>();
        builder.SortHandlers().Add<GovSortHandler>();

        builder.HealthChecks().Add<SettingsHealthCheck>().Add<InterpretationDeadlineHealthCheck>().Add<NormativeExpiryHealthCheck>().Add<SearchIndexHealthCheck>().Add<CatalogueFreshnessHealthCheck>()
            .Add<BrokenLinksHealthCheck>().Add<ConsultationFeedbackHealthCheck>();
        builder.AddWebhookEvent<ValidityChangedWebhookEvent>();
        return builder;
    }
}
