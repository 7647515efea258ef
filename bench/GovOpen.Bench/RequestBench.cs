using System.Diagnostics;
using System.Globalization;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using GovOpen.Requests;

namespace GovOpen.Bench;

/// <summary>
/// The request register: submissions per second, status lookups (p50/p99), the list a clerk opens (all ledgers with
/// status) and the table-3 roll-up, on SQLite and — when GOVOPEN_TEST_PG is set — PostgreSQL.
/// Usage: GovOpen.Bench requests [count]
/// </summary>
public static class RequestBench
{
    private sealed class Clock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static readonly byte[] Pdf = [.. "%PDF-1.4\n"u8, .. new byte[200 * 1024]];

    public static void Run(int count)
    {
        Console.WriteLine($"# GovOpen request register — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {count:N0} requests");
        var file = Path.Combine(Path.GetTempPath(), $"govopen-bench-req-{Guid.NewGuid():N}.db");
        try
        {
            Measure("SQLite (file, default settings)", () => new RequestDbContext(RequestDbContext.Options("sqlite", $"Data Source={file}")), count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
        if (Environment.GetEnvironmentVariable("GOVOPEN_TEST_PG") is { } pg)
        {
            var cs = pg.Replace("Database=postgres", $"Database=govopen_bench_{Guid.NewGuid():N}", StringComparison.Ordinal);
            try
            {
                Measure("PostgreSQL (local, fsync=off)", () => new RequestDbContext(RequestDbContext.Options("postgres", cs)), count);
            }
            finally
            {
                using var db = new RequestDbContext(RequestDbContext.Options("postgres", cs));
                db.Database.EnsureDeleted();
            }
        }
    }

    private static void Measure(string name, Func<RequestDbContext> open, int count)
    {
        Console.WriteLine();
        Console.WriteLine($"## {name}");
        var clock = new GovOpen.Core.Time.AgencyClock(new Clock());
        using (var db = open())
        {
            new RequestStore(db, WorkCalendar.Embedded, clock).MigrateAsync().GetAwaiter().GetResult();
        }
        var receipts = new List<RequestReceipt>(count);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // One context per submission, as in a web request.
            using var db = open();
            receipts.Add(new RequestStore(db, WorkCalendar.Embedded, clock).SubmitAsync(new RequestSubmission
            {
                ClientToken = $"bench-{i}",
                ApplicantType = (ApplicantType)(i % 6),
                Name = $"申请人{i}",
                CreditCode = i % 6 == 0 ? null : "91000000MA0000000X",
                Contact = "000-0000000",
                Description = $"示例市第{i}号项目的批复文件及其附件",
                Attachments = i % 10 == 0 ? [("id.pdf", "application/pdf", Pdf)] : [],
            }).GetAwaiter().GetResult());
        }
        var submit = sw.Elapsed;
        Console.WriteLine($"submit: {count / submit.TotalSeconds:N0} requests/s ({submit.TotalMilliseconds / count:0.00} ms each; every 10th with a 200 KiB attachment)");

        using (var db = open())
        {
            var store = new RequestStore(db, WorkCalendar.Embedded, clock);
            for (var i = 0; i < count; i += 3)
            {
                store.RecordAsync(receipts[i].Number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2026, 3, 20), Outcome: (RequestOutcome)(i % 18))).GetAwaiter().GetResult();
            }
        }

        var r = new Random(3);
        var times = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var pick = receipts[r.Next(receipts.Count)];
            using var db = open();
            var t = Stopwatch.StartNew();
            var found = new RequestStore(db, WorkCalendar.Embedded, clock).LookupAsync(pick.Number, pick.QueryCode).GetAwaiter().GetResult();
            times.Add(t.Elapsed.TotalMilliseconds);
            if (found is null)
            {
                throw new InvalidOperationException("lookup failed");
            }
        }
        times.Sort();
        Console.WriteLine($"status lookup (500, new context each): p50 {times[times.Count / 2]:0.00} ms, p99 {times[(int)(times.Count * 0.99)]:0.00} ms");

        using (var db = open())
        {
            var store = new RequestStore(db, WorkCalendar.Embedded, clock);
            sw.Restart();
            var all = store.AllAsync().GetAwaiter().GetResult();
            var statuses = all.Select(l => l.Status(WorkCalendar.Embedded, new DateOnly(2026, 4, 15))).Count(s => s.Overdue);
            var list = sw.Elapsed;
            sw.Restart();
            var rows = store.Table3Async(2026).GetAwaiter().GetResult();
            var table = sw.Elapsed;
            Console.WriteLine($"clerk's list (load {all.Count:N0} ledgers + status): {list.TotalMilliseconds:N0} ms ({statuses:N0} overdue); table 3: {table.TotalMilliseconds:N0} ms ({rows.Single(x => x.Key == "new").Total:N0} new)");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed memory after: {GC.GetTotalMemory(true) / 1048576.0:0.0} MiB"));
    }
}
