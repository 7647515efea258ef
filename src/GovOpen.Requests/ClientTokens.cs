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

    /// <summary>
    /// Replaces the raw tokens that registers written before this version hold by their digests (once per start;
    /// a no-op afterwards). Lookups still find a row by its raw token until then.
    /// </summary>
    public static async Task UpgradeAsync(RequestDbContext db, CancellationToken ct)
    {
        foreach (var r in await db.Requests.Where(r => !r.ClientToken.StartsWith(Prefix)).ToListAsync(ct))
        {
            r.ClientToken = Digest(r.ClientToken);
        }
        foreach (var c in await db.Comments.Where(c => !c.ClientToken.StartsWith(Prefix)).ToListAsync(ct))
        {
            c.ClientToken = Digest(c.ClientToken);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
