using System.Collections.Concurrent;

namespace GovOpen.Packaging.Links;

/// <summary>
/// External links checked on demand (公开检查: 链接), bounded and polite: each distinct address once (HEAD, then GET when
/// HEAD is refused), four at a time, with a timeout and a GovOpen user agent. Used by <c>govopen check --external</c>
/// and the back office's 检查外部链接.
/// </summary>
public static class ExternalLinkChecker
{
    public const int Parallel = 4;

    /// <summary>The links that fail, each with why (HTTP status, no connection, unknown host, timeout).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CheckAsync(IEnumerable<string> urls, TimeSpan timeout, CancellationToken ct = default)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5 }) { Timeout = timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("GovOpen-LinkCheck/1.0");
        var broken = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var slots = new SemaphoreSlim(Parallel);
        await Task.WhenAll(urls.Distinct(StringComparer.Ordinal).Select(async url =>
        {
            await slots.WaitAsync(ct);
            try
            {
                if (await Problem(http, url, ct) is { } why)
                {
                    broken[url] = why;
                }
            }
            finally
            {
                slots.Release();
            }
        }));
        return broken;
    }

    private static async Task<string?> Problem(HttpClient http, string url, CancellationToken ct)
    {
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), ct);
            var status = (int)head.StatusCode;
            if (status is 405 or 501 or 403)
            {
                using var get = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, ct);
                status = (int)get.StatusCode;
            }
            return status >= 400 ? $"HTTP {status}" : null;
        }
        catch (HttpRequestException e)
        {
            return e.HttpRequestError == HttpRequestError.NameResolutionError ? "域名无法解析" : "无法连接";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "超时";
        }
        catch (InvalidOperationException)
        {
            return "地址无效";
        }
    }
}
