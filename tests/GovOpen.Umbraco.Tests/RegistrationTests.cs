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
        Assert.Contains(typeof(GovContentIndexHandler), builder.ContentIndexHandlers().GetTypes());
        Assert.Contains(typeof(GovFilterHandler), builder.FilterHandlers().GetTypes());
        Assert.Contains(typeof(GovSortHandler), builder.SortHandlers().GetTypes());
        Assert.True(builder.HealthChecks().Has<SearchIndexHealthCheck>());
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
    public void Invalid_settings_fail_with_a_message_naming_each_key()
    {
        var builder = Builder(new()
        {
            ["GovOpen:InterpretationDeadlineWorkingDays"] = "99",
            ["GovOpen:IndexNumberTemplate"] = "{org}/{year}",
            ["GovOpen:ValidityCascade"] = "maybe",
            ["GovOpen:Normative:DefaultYears"] = "0",
        });
        builder.AddGovOpen();
        using var sp = builder.Services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<GovOpenOptions>>().Value);
        var text = string.Join("\n", e.Failures);
        foreach (var key in new[] { "GovOpen:AgencyName", "GovOpen:InterpretationDeadlineWorkingDays", "GovOpen:IndexNumberTemplate", "GovOpen:ValidityCascade", "GovOpen:Normative" })
        {
            Assert.Contains(key, text);
        }
    }
}
