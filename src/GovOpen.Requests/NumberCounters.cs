using GovOpen.Core;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>
/// The register's numbering (YSQ-2026-000001 for requests, YJ-2026-000001 for comments): one counter row per prefix,
/// incremented inside the caller's transaction so concurrent submissions on any server wait for each other and a
/// rollback gives the number back.
/// </summary>
internal static class NumberCounters
{
    /// <summary>
    /// Registers one numbered record: in a transaction, takes the next number (<see cref="NextAsync"/>) and lets
    /// <paramref name="add"/> add the record and say what to return once it is committed. On a conflict the transaction
    /// is rolled back; when <paramref name="raced"/> finds the same submission registered meanwhile (a double click
    /// reaching two servers) that is the answer, otherwise it tries again — another server created the counter row at
    /// the same moment, or the database reported a lock conflict.
    /// </summary>
    public static async Task<T> RegisterAsync<T>(RequestDbContext db, string prefix, int attempts, IQueryable<string> numbers,
        Func<string, T> add, Func<CancellationToken, Task<T?>> raced, Issue conflict, CancellationToken ct)
        where T : class
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            // The counter row is incremented first, so it is locked (row lock on PostgreSQL and SQL Server; on SQLite
            // the transaction starts with BEGIN IMMEDIATE and holds the write lock) until the record is committed:
            // concurrent submissions on any server wait for each other, and a rollback gives the number back.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = add($"{prefix}{await NextAsync(db, prefix, numbers, ct):D6}");
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
            {
                try
                {
                    await tx.RollbackAsync(CancellationToken.None);
                }
                catch (Exception rollback) when (rollback is InvalidOperationException or System.Data.Common.DbException)
                {
                    // The connection already ended the transaction.
                }
                db.ChangeTracker.Clear();
                if (await raced(ct) is { } again)
                {
                    return again;
                }
                await Task.Delay(Random.Shared.Next(5, 20 * (attempt + 1)), ct);
            }
        }
        throw new GovOpenException(conflict);
    }

    /// <summary>
    /// The next number for <paramref name="prefix"/>; on the first use of a prefix the row is created, seeded from the
    /// highest of the <paramref name="numbers"/> already registered with it, so a register numbered before the
    /// counters existed continues where it stopped. A concurrent first use inserts the same key: one insert fails and
    /// its caller retries.
    /// </summary>
    public static async Task<int> NextAsync(RequestDbContext db, string prefix, IQueryable<string> numbers, CancellationToken ct)
    {
        var updated = await db.Counters.Where(c => c.Prefix == prefix).ExecuteUpdateAsync(u => u.SetProperty(c => c.Last, c => c.Last + 1), ct);
        if (updated == 1)
        {
            return await db.Counters.AsNoTracking().Where(c => c.Prefix == prefix).Select(c => c.Last).SingleAsync(ct);
        }
        var top = await numbers.Where(n => n.StartsWith(prefix)).OrderByDescending(n => n).FirstOrDefaultAsync(ct);
        var last = top is not null && int.TryParse(top.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        db.Counters.Add(new RequestCounterRecord { Prefix = prefix, Last = last + 1 });
        await db.SaveChangesAsync(ct);
        return last + 1;
    }
}
