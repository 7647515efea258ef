using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Requests;

/// <summary>Registration shared by the citizen site and the Umbraco plugin.</summary>
public static class RequestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the request register: the EF Core options built once (when no connection string is configured, a
    /// SQLite file at <paramref name="defaultSqliteFile"/>, whose folder is created then), a context and a
    /// <see cref="RequestStore"/> per scope, and <see cref="IRequestIntake"/>. The caller registers
    /// <c>WorkCalendar</c> and <c>AgencyClock</c>.
    /// </summary>
    public static IServiceCollection AddRequestRegister(this IServiceCollection services,
        Func<IServiceProvider, (string Provider, string? ConnectionString)> settings, Func<IServiceProvider, string> defaultSqliteFile)
    {
        services.AddSingleton(sp =>
        {
            var (provider, cs) = settings(sp);
            if (string.IsNullOrWhiteSpace(cs))
            {
                var file = defaultSqliteFile(sp);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                cs = $"Data Source={file}";
            }
            return RequestDbContext.Options(provider, cs);
        });
        services.AddScoped(sp => new RequestDbContext(sp.GetRequiredService<DbContextOptions<RequestDbContext>>()));
        services.AddScoped<RequestStore>();
        services.AddScoped<IRequestIntake>(sp => sp.GetRequiredService<RequestStore>());
        return services;
    }
}
