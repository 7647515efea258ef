using GovOpen.Core.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests.Tests;

/// <summary>
/// EF's SQLite migration lock is a row: a process killed while holding it (a site stopped during its start) leaves it
/// behind, and a later Migrate waited for it for ever. The register migrates only when something is pending, and
/// removes a lock older than <see cref="RequestStore.StaleLockAge"/> first.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"govopen-lock-{Guid.NewGuid():N}.db");
    private readonly FixedClock _clock = new(new DateOnly(2026, 12, 2));

    public void Dispose() => File.Delete(_file);

    private RequestDbContext Context() => new(RequestDbContext.Options("sqlite", $"Data Source={_file};Pooling=False"));

    private void LeaveLock(DateTimeOffset taken)
    {
        using var c = new SqliteConnection($"Data Source={_file};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, $t);
            """;
        cmd.Parameters.AddWithValue("$t", taken.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
    }

    private static async Task Within(Task migration)
    {
        // A wait for the lock never ends: give it twenty seconds, then fail instead of hanging the suite.
        Assert.Same(migration, await Task.WhenAny(migration, Task.Delay(TimeSpan.FromSeconds(20))));
        await migration;
    }

    [Fact]
    public async Task A_lock_left_by_a_killed_process_does_not_stop_a_start_with_nothing_to_migrate()
    {
        await using (var db = Context())
        {
            await new RequestStore(db, WorkCalendar.Embedded, _clock).MigrateAsync();
        }
        LeaveLock(_clock.GetUtcNow()); // even a fresh one: nothing is pending, so no lock is taken
        await using (var db = Context())
        {
            await Within(new RequestStore(db, WorkCalendar.Embedded, _clock).MigrateAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task A_stale_lock_on_a_database_still_to_migrate_is_removed_and_named()
    {
        LeaveLock(_clock.GetUtcNow() - RequestStore.StaleLockAge - TimeSpan.FromMinutes(1));
        await using var db = Context();
        var store = new RequestStore(db, WorkCalendar.Embedded, _clock);
        DateTimeOffset? cleared = null;
        store.StaleLockCleared = t => cleared = t;
        await Within(store.MigrateAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotNull(cleared);
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }
}
