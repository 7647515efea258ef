using System.Net;
using System.Threading.RateLimiting;
using GovOpen.Umbraco.Composing;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// How many searches with text one client address may make per minute on the anonymous search endpoint
/// (<c>GovOpen:SearchesPerMinute</c>, 60 by default; 0 turns it off). A search of a near-universal phrase scores
/// every match, so one client looping over such queries could take the server's cores from everyone — the citizen
/// site limits its own search the same way. Lists without text cost little and are not limited. Behind a reverse
/// proxy the host must pass the client's address (forwarded headers), or every client shares one window.
/// </summary>
public sealed class PublicSearchLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public PublicSearchLimiter(GovOpenSettings settings)
    {
        var permits = settings.Options.SearchesPerMinute;
        if (permits > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
        }
    }

    /// <summary>Whether a search with text from this address may run now; when not, how long to wait.</summary>
    public bool TryAcquire(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }
        using var lease = _limiter.AttemptAcquire(address?.ToString() ?? "unknown");
        if (lease.IsAcquired)
        {
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
