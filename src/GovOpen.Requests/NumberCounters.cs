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
    /// The next number for <paramref name="prefix"/>; on the first use of a prefix the row is created, seeded from the
    /// highest number already registered with it (<paramref name="highest"/>), so a register numbered before the
    /// counters existed continues where it stopped. A concurrent first use inserts the same key: one insert fails and
    /// its caller retries.
    /// </summary>
    public static async Task<int> NextAsync(RequestDbContext db, string prefix, Func<string, CancellationToken, Task<string?>> highest, CancellationToken ct)
    {
        var updated = await db.Counters.Where(c => c.Prefix == prefix).ExecuteUpdateAsync(u => u.SetProperty(c => c.Last, c => c.Last + 1), ct);
        if (updated == 1)
        {
            return await db.Counters.AsNoTracking().Where(c => c.Prefix == prefix).Select(c => c.Last).SingleAsync(ct);
        }
        var top = await highest(prefix, ct);
        var last = top is not null && int.TryParse(top.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        db.Counters.Add(new RequestCounterRecord { Prefix = prefix, Last = last + 1 });
        await db.SaveChangesAsync(ct);
        return last + 1;
    }
}
