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
                CreateOwnerOnly(file);
                cs = $"Data Source={file}";
            }
            return RequestDbContext.Options(provider, cs);
        });
        services.AddScoped(sp => new RequestDbContext(sp.GetRequiredService<DbContextOptions<RequestDbContext>>()));
        services.AddScoped<RequestStore>();
        services.AddScoped<CommentStore>();
        services.AddScoped<IRequestIntake>(sp => sp.GetRequiredService<RequestStore>());
        return services;
    }

    /// <summary>
    /// The register holds applicants' names, ID numbers and addresses: on Unix a new folder is created 0700 and a new
    /// database file 0600 (empty; SQLite makes it a database on first use, and gives its journal and WAL files the
    /// database file's permissions). An existing folder or file keeps the permissions its operator gave it.
    /// </summary>
    internal static void CreateOwnerOnly(string file)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dir);
            return;
        }
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!File.Exists(file))
        {
            try
            {
                using var created = new FileStream(file, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
            }
            catch (IOException) when (File.Exists(file))
            {
                // another server created it first
            }
        }
    }
}
