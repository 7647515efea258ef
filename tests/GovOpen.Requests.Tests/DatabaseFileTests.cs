using GovOpen.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovOpen.Requests.Tests;

/// <summary>The default SQLite register holds personal data: created owner-only, journal and WAL files included.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseFileTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_default_database_file_and_its_folder_are_owner_only()
    {
        var root = Directory.CreateTempSubdirectory("govopen-perm").FullName;
        var file = Path.Combine(root, "App_Data", "GovOpen", "requests.db");
        try
        {
            var services = new ServiceCollection().AddRequestRegister(_ => ("sqlite", null), _ => file).BuildServiceProvider();
            await using (var db = new RequestDbContext(services.GetRequiredService<DbContextOptions<RequestDbContext>>()))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await db.Database.ExecuteSqlRawAsync("CREATE TABLE probe (x INTEGER); INSERT INTO probe VALUES (1);");
                foreach (var f in Directory.EnumerateFiles(Path.GetDirectoryName(file)!))
                {
                    Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(f)); // requests.db, -wal, -shm
                }
            }
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, true);
        }
    }
}
