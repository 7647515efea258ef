using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.DeliveryApi;
using GovOpen.Umbraco.HealthChecks;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.PropertyEditors;
using GovOpen.Umbraco.Search;
using GovOpen.Umbraco.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

public class RegistrationTests
{
    private static UmbracoBuilder Builder(Dictionary<string, string?>? config = null)
    {
        var typeFinder = new TypeFinder(NullLogger<TypeFinder>.Instance, new DefaultUmbracoAssemblyProvider(typeof(GovOpenComposer).Assembly, NullLoggerFactory.Instance), []);
        var typeLoader = new TypeLoader(typeFinder, NullLogger<TypeLoader>.Instance);
        return new UmbracoBuilder(new ServiceCollection(), new ConfigurationBuilder().AddInMemoryCollection(config ?? []).Build(), typeLoader);
    }

    [Fact]
    public void The_composer_registers_editors_handlers_delivery_api_health_checks_and_webhooks()
    {
        var builder = Builder();
        new GovOpenComposer().Compose(builder);
        Assert.True(builder.DataEditors().Has<DocumentNumberDataEditor>());
        Assert.True(builder.DataEditors().Has<ValidityDataEditor>());
        Assert.True(builder.DataEditors().Has<InterpretationLinkDataEditor>());
        Assert.True(builder.DataEditors().Has<MeetingAgendaDataEditor>());
        Assert.True(builder.DataEditors().Has<GraphicImagesDataEditor>());
        Assert.True(builder.DataEditors().Has<QuestionsAndAnswersDataEditor>());
        Assert.Contains(typeof(GovContentIndexHandler), builder.ContentIndexHandlers().GetTypes());
        Assert.Contains(typeof(GovFilterHandler), builder.FilterHandlers().GetTypes());
        Assert.Contains(typeof(GovSortHandler), builder.SortHandlers().GetTypes());
        Assert.True(builder.HealthChecks().Has<SearchIndexHealthCheck>());
        Assert.True(builder.HealthChecks().Has<CatalogueFreshnessHealthCheck>());
        Assert.True(builder.HealthChecks().Has<BrokenLinksHealthCheck>());
        Assert.True(builder.HealthChecks().Has<ConsultationFeedbackHealthCheck>());
        Assert.True(builder.WebhookEvents().Has<ValidityChangedWebhookEvent>());
        Assert.Contains(builder.Services, s => s.ServiceType == typeof(INotificationHandler<ContentPublishingNotification>) && s.ImplementationType == typeof(PublishingGuard));
        Assert.Contains(builder.Services, s => s.ServiceType == typeof(INotificationHandler<ContentCacheRefresherNotification>) && s.ImplementationType == typeof(SearchIndexUpdater));
    }

    [Fact]
    public void AddGovOpen_is_idempotent()
    {
        var builder = Builder();
        builder.AddGovOpen();
        var count = builder.Services.Count;
        builder.AddGovOpen();
        new GovOpenComposer().Compose(builder);
        Assert.Equal(count, builder.Services.Count);
        Assert.Single(builder.Services, s => s.ServiceType == typeof(INotificationHandler<ContentPublishingNotification>) && s.ImplementationType == typeof(PublishingGuard));
    }

    [Fact]
    public void Valid_settings_bind()
    {
        var builder = Builder(new()
        {
            ["GovOpen:AgencyName"] = "示例市人民政府",
            ["GovOpen:OrganisationCode"] = "000014349",
            ["GovOpen:InterpretationDeadlineWorkingDays"] = "0",
            ["GovOpen:Modules:Fees"] = "false",
        });
        builder.AddGovOpen();
        using var sp = builder.Services.BuildServiceProvider();
        var o = sp.GetRequiredService<IOptions<GovOpenOptions>>().Value;
        Assert.Equal("示例市人民政府", o.AgencyName);
        Assert.Equal(0, o.InterpretationDeadlineWorkingDays);
        Assert.False(o.Modules.Fees);
    }

    [Fact]
    public void Missing_and_invalid_settings_are_reported_naming_each_key_and_never_stop_start_up()
    {
        var builder = Builder(new()
        {
            ["GovOpen:InterpretationDeadlineWorkingDays"] = "99",
            ["GovOpen:IndexNumberTemplate"] = "{org}/{year}",
            ["GovOpen:OrganisationCode"] = "000014349",
            ["GovOpen:ValidityCascade"] = "maybe",
            ["GovOpen:Normative:DefaultYears"] = "0",
            ["GovOpen:TimeZone"] = "Mars/Olympus",
        });
        builder.AddGovOpen();
        builder.Services.AddLogging();
        using var sp = builder.Services.BuildServiceProvider();
        _ = sp.GetRequiredService<IOptions<GovOpenOptions>>().Value; // binding never throws
        var settings = sp.GetRequiredService<GovOpenSettings>();
        var keys = settings.Problems.Select(p => p.Field).ToList();
        foreach (var key in new[] { "GovOpen:AgencyName", "GovOpen:InterpretationDeadlineWorkingDays", "GovOpen:IndexNumberTemplate", "GovOpen:ValidityCascade", "GovOpen:Normative", "GovOpen:TimeZone" })
        {
            Assert.Contains(key, keys);
        }
        // Safe fallbacks take over, and features that need a setting say so.
        Assert.Equal(GovOpenSettings.DefaultInterpretationDeadline, settings.InterpretationDeadlineWorkingDays);
        Assert.Equal("propose", settings.ValidityCascade);
        Assert.Null(settings.IndexNumberScheme);
        Assert.Equal(TimeSpan.FromHours(8), sp.GetRequiredService<GovOpen.Core.Time.AgencyClock>().Now.Offset);
    }

    [Fact]
    public void A_public_delivery_api_is_reported_as_it_serves_what_the_public_may_not_see()
    {
        var options = Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府" });
        GovOpenSettings With(bool enabled, bool publicAccess) =>
            new(options, Options.Create(new global::Umbraco.Cms.Core.Configuration.Models.DeliveryApiSettings { Enabled = enabled, PublicAccess = publicAccess }));
        Assert.Contains(With(true, true).Problems, p => p.Field == "Umbraco:CMS:DeliveryApi:PublicAccess");
        Assert.DoesNotContain(With(true, false).Problems, p => p.Field == "Umbraco:CMS:DeliveryApi:PublicAccess");
        Assert.DoesNotContain(With(false, true).Problems, p => p.Field == "Umbraco:CMS:DeliveryApi:PublicAccess");

        // In a host, Umbraco binds Umbraco:CMS:DeliveryApi (AddConfiguration → AddUmbracoOptions<DeliveryApiSettings>) and
        // the container hands the settings to GovOpen's.
        var builder = Builder(new() { ["GovOpen:AgencyName"] = "示例市人民政府", ["Umbraco:CMS:DeliveryApi:Enabled"] = "true", ["Umbraco:CMS:DeliveryApi:PublicAccess"] = "true" });
        builder.AddConfiguration();
        builder.AddGovOpen();
        builder.Services.AddLogging();
        using var sp = builder.Services.BuildServiceProvider();
        Assert.Contains(sp.GetRequiredService<GovOpenSettings>().Problems, p => p.Field == "Umbraco:CMS:DeliveryApi:PublicAccess");
    }

    [Fact]
    public async Task A_site_with_no_govopen_settings_starts_and_the_settings_check_says_what_is_missing()
    {
        var builder = Builder();
        builder.AddGovOpen();
        builder.Services.AddLogging();
        using var sp = builder.Services.BuildServiceProvider();
        var settings = sp.GetRequiredService<GovOpenSettings>();
        Assert.Equal(["GovOpen:AgencyName", "GovOpen:OrganisationCode"], settings.Problems.Select(p => p.Field).Order());
        var check = new SettingsHealthCheck(settings, new GovOpen.Umbraco.Requests.RequestRegisterStatus());
        var statuses = (await check.GetStatusAsync()).ToList();
        Assert.Contains(statuses, s => s.Message.Contains("GovOpen:AgencyName", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.ResultType == global::Umbraco.Cms.Core.HealthChecks.StatusResultType.Error && s.Message.Contains("依申请公开", StringComparison.Ordinal));

        var complete = new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "示例市人民政府", OrganisationCode = "000014349" }));
        Assert.Empty(complete.Problems);
        Assert.NotNull(complete.IndexNumberScheme);
    }
}
