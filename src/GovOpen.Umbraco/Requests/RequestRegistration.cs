using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Extensions;

namespace GovOpen.Umbraco.Requests;

public static class RequestRegistration
{
    /// <summary>
    /// The register: <c>GovOpen:Requests:ConnectionString</c> when set; otherwise Umbraco's own database
    /// (<c>ConnectionStrings:umbracoDbDSN</c>), so every server of a cluster and the citizen site share one register;
    /// a SQLite file under umbraco/Data/GovOpen only while Umbraco has no connection string (before install).
    /// </summary>
    internal static void AddRequestRegister(IServiceCollection services)
    {
        services.AddSingleton<RequestRegisterStatus>();
        services.AddRequestRegister(
            sp => RegisterConnection(sp.GetRequiredService<GovOpenSettings>().Options.Requests, sp.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp => Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "umbraco", "Data", "GovOpen", "requests.db"));
    }

    /// <summary>
    /// Which database the register uses. A configured connection string wins (with the configured provider). Without
    /// one, and with the default provider, Umbraco's connection string is read the way Umbraco reads it
    /// (<see cref="ConfigurationExtensions.GetUmbracoConnectionString(IConfiguration, out string?)"/>: the
    /// <c>umbracoDbDSN</c> connection string, its <c>umbracoDbDSN_ProviderName</c>, <c>|DataDirectory|</c> replaced)
    /// and its provider mapped to the register's. A null connection string means the SQLite file.
    /// </summary>
    internal static (string Provider, string? ConnectionString) RegisterConnection(GovOpenOptions.RequestRegisterOptions o, IConfiguration config, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(o.ConnectionString) || o.Provider != "sqlite")
        {
            // An explicit provider without a connection string stays as it is: GovOpenSettings reports it.
            return (o.Provider, o.ConnectionString);
        }
        var cs = config.GetUmbracoConnectionString(out var providerName);
        if (string.IsNullOrWhiteSpace(cs) || UmbracoProvider(providerName ?? ConnectionStrings.DefaultProviderName) is not { } provider)
        {
            return ("sqlite", null);
        }
        // Outside a started Umbraco (no DataDirectory set yet) the placeholder means umbraco/Data, as Umbraco sets it.
        return (provider, cs.Replace("|DataDirectory|", Path.Combine(contentRoot, "umbraco", "Data"), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The register's provider for an ADO.NET provider name Umbraco is configured with, or null when it has none.</summary>
    internal static string? UmbracoProvider(string providerName) => providerName.ToLowerInvariant() switch
    {
        "microsoft.data.sqlclient" or "system.data.sqlclient" => "sqlserver",
        "microsoft.data.sqlite" => "sqlite",
        "npgsql" => "postgres",
        _ => null,
    };
}
