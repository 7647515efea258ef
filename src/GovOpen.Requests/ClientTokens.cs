using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>
/// What the register keeps of a submission's client token: a SHA-256 digest, never the token. The 查询码 is an HMAC
/// of the token under the register's key, and the key lives in the same database; a copy of the database alone
/// (a leaked backup) must not be enough to recompute every applicant's code. Idempotency only needs equality, which
/// the digest keeps.
/// </summary>
public static class ClientTokens
{
    /// <summary>Marks a stored digest; a raw token from before digests were kept has no such prefix.</summary>
    public const string Prefix = "s256:";

    /// <summary>The stored form of a token (48 characters, within the column's 64).</summary>
    public static string Digest(string token) =>
        Prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The row of the register's keys that says its tokens are digests (written by the upgrade, once).</summary>
    public const string DigestedMarker = "client-tokens-digested";

    /// <summary>
    /// Replaces the raw tokens that registers written before digests were kept hold by their digests, once: the
    /// register then records that it is done (<see cref="DigestedMarker"/>), and later starts do not read both tables
    /// again. Lookups still find a row by its raw token, so a row an older version writes afterwards (a rolling
    /// deployment) is still found. Two servers upgrading at once write the same digests; the second one's marker
    /// conflicts and is dropped.
    /// </summary>
    public static async Task UpgradeAsync(RequestDbContext db, CancellationToken ct)
    {
        if (await db.Keys.AsNoTracking().AnyAsync(k => k.Name == DigestedMarker, ct))
        {
            return;
        }
        foreach (var r in await db.Requests.Where(r => !r.ClientToken.StartsWith(Prefix)).ToListAsync(ct))
        {
            r.ClientToken = Digest(r.ClientToken);
        }
        foreach (var c in await db.Comments.Where(c => !c.ClientToken.StartsWith(Prefix)).ToListAsync(ct))
        {
            c.ClientToken = Digest(c.ClientToken);
        }
        db.Keys.Add(new RequestKeyRecord { Name = DigestedMarker, Value = "1" });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await db.Keys.AsNoTracking().AnyAsync(k => k.Name == DigestedMarker, ct))
            {
                throw; // not another server's marker: a real failure
            }
            // Another server finished the same upgrade meanwhile.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
