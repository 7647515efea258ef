using System.Diagnostics;
using GovOpen.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GovOpen.Requests.Tests;

/// <summary>
/// Two servers on one register: two real processes (this assembly run as <see cref="Program"/>) migrate the same
/// fresh database at the same moment and then submit concurrently. Every submission succeeds and the numbers are
/// exactly 1…N: no error, no duplicate, no gap.
/// </summary>
public sealed class ClusterNumberingTests(ITestOutputHelper output)
{
    private const int PerProcess = 50;

    [Fact]
    public async Task Two_processes_on_one_PostgreSQL_database_number_without_duplicates_or_gaps()
    {
        var server = Environment.GetEnvironmentVariable("GOVOPEN_TEST_PG")
            ?? throw new InvalidOperationException("The PostgreSQL tests need a server: run ./scripts/test.sh (it starts one), or set GOVOPEN_TEST_PG after scripts/pg-start.sh.");
        var name = $"govopen_cluster_{Guid.NewGuid():N}";
        var conn = server.Replace("Database=postgres", $"Database={name}", StringComparison.Ordinal);
        // The database exists (as Umbraco's does); its tables do not: both processes run the migration at once.
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            await RunTwoProcesses("postgres", conn);
        }
        finally
        {
            await using var db = new RequestDbContext(RequestDbContext.Options("postgres", conn));
            await db.Database.EnsureDeletedAsync();
        }
    }

    [Fact]
    public async Task Two_processes_on_one_SQLite_file_number_without_duplicates_or_gaps()
    {
        var file = Path.Combine(Path.GetTempPath(), $"govopen-cluster-{Guid.NewGuid():N}.db");
        try
        {
            await RunTwoProcesses("sqlite", $"Data Source={file};Pooling=False");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task RunTwoProcesses(string provider, string conn)
    {
        var start = Path.Combine(Path.GetTempPath(), $"govopen-start-{Guid.NewGuid():N}");
        var helpers = new[] { "a", "b" }.Select(p => StartHelper(provider, conn, p, start)).ToList();
        try
        {
            foreach (var h in helpers)
            {
                var first = await h.StandardOutput.ReadLineAsync();
                Assert.True(first == "ready", $"a helper did not get ready: {first} {(first is null ? await h.StandardError.ReadToEndAsync() : "")}");
            }
            var watch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(start, "go");
            var outputs = await Task.WhenAll(helpers.Select(async h =>
            {
                var text = await h.StandardOutput.ReadToEndAsync();
                var err = await h.StandardError.ReadToEndAsync();
                await h.WaitForExitAsync();
                Assert.True(h.ExitCode == 0, $"helper exited with {h.ExitCode}: {err}");
                return text;
            }));
            watch.Stop();
            var lines = outputs.SelectMany(o => o.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var errors = lines.Where(l => !l.StartsWith("ok ", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var numbers = lines.Select(l => l.Split(' ')[2]).ToList();
            Assert.Equal(2 * PerProcess, numbers.Count);
            Assert.Equal(2 * PerProcess, numbers.Distinct().Count());
            Assert.Equal(Enumerable.Range(1, 2 * PerProcess).Select(i => $"YSQ-2026-{i:D6}"), numbers.Order(StringComparer.Ordinal));
            output.WriteLine($"{provider}: 2 processes × {PerProcess} submissions (8 at a time each) in {watch.ElapsedMilliseconds} ms; numbers 1…{2 * PerProcess}, no duplicate, no gap");

            await using var db = new RequestDbContext(RequestDbContext.Options(provider, conn));
            Assert.Equal(2 * PerProcess, await db.Requests.CountAsync());
            Assert.Equal(2 * PerProcess, (await db.Counters.SingleAsync()).Last);
        }
        finally
        {
            foreach (var h in helpers.Where(h => !h.HasExited))
            {
                h.Kill();
            }
            File.Delete(start);
        }
    }

    private static Process StartHelper(string provider, string conn, string tokenPrefix, string startFile)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { typeof(Program).Assembly.Location, "submit", provider, conn, tokenPrefix, PerProcess.ToString(System.Globalization.CultureInfo.InvariantCulture), "8", startFile })
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }
}

/// <summary>Many submissions at once in one process on a SQLite file: every one numbered, no duplicate, no gap.</summary>
public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task Concurrent_submissions_in_one_process_number_without_gaps()
    {
        var db = new SqliteDatabase();
        try
        {
            var clock = new FixedClock(new DateOnly(2026, 3, 2));
            await using (var ctx = db.NewContext())
            {
                await new RequestStore(ctx, WorkCalendar.Embedded, clock).MigrateAsync();
            }
            var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            {
                await using var ctx = db.NewContext();
                return (await new RequestStore(ctx, WorkCalendar.Embedded, clock).SubmitAsync(StoreTestData.Submission($"s-{i}"))).Number;
            })));
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"YSQ-2026-{i:D6}"), numbers.Order(StringComparer.Ordinal));
        }
        finally
        {
            await db.DisposeAsync();
        }
    }
}
