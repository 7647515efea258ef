using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovOpen.Umbraco.Requests;

public static class RequestRegistration
{
    /// <summary>The register: the configured connection, or a SQLite file under umbraco/Data/GovOpen.</summary>
    internal static void AddRequestRegister(IServiceCollection services)
    {
        services.AddSingleton<RequestRegisterStatus>();
        services.AddRequestRegister(
            sp =>
            {
                var o = sp.GetRequiredService<GovOpenSettings>().Options.Requests;
                return (o.Provider, o.ConnectionString);
            },
            sp => Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "umbraco", "Data", "GovOpen", "requests.db"));
    }
}
