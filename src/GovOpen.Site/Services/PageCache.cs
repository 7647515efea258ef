using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GovOpen.Site.Services;

/// <summary>
/// Rendered pages kept with the snapshot they were rendered from. A snapshot never changes, so the same address in
/// the same reading mode renders the same bytes until the next snapshot; a new snapshot (a refresh, a webhook, a new
/// day) starts with no pages, so a withdrawn item cannot be served from here. Only the content pages, search and the
/// site map are kept, only 200 answers to GET without Set-Cookie, and at most <see cref="SiteOptions.PageCacheMegabytes"/>
/// per snapshot. Security headers are added to every answer by the middleware in front of this one.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, ContentProvider provider, IOptions<SiteOptions> options)
{
    private static readonly HashSet<string> CachedPages = new(StringComparer.Ordinal) { "/Route", "/Search", "/SiteMap" };
    // One snapshot's pages, bounded in bytes.
    private readonly ConditionalWeakTable<SiteContent, BoundedMemo<CachedPage>> _stores = new();
    private readonly long _maxBytes = Math.Max(0, options.Value.PageCacheMegabytes) * 1024L * 1024L;

    public async Task Invoke(HttpContext context)
    {
        if (_maxBytes == 0 || !HttpMethods.IsGet(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || !CachedPages.Contains(page.ViewEnginePath))
        {
            await next(context);
            return;
        }
        var snapshot = provider.Current;
        var store = _stores.GetValue(snapshot, _ => new BoundedMemo<CachedPage>(_maxBytes, static (key, page) => page.Body.Length + key.Length * 2L + 256));
        var key = KeyOf(context.Request);
        if (store.TryGet(key, out var hit))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            foreach (var (name, value) in hit.Headers)
            {
                response.Headers[name] = value;
            }
            response.ContentLength = hit.Body.Length;
            await response.Body.WriteAsync(hit.Body, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var body = buffer.ToArray();
        var r = context.Response;
        if (r.StatusCode == StatusCodes.Status200OK && !r.Headers.ContainsKey("Set-Cookie") && ReferenceEquals(snapshot, provider.Current)
            && !(r.Headers.CacheControl.ToString() is { } cc && (cc.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cc.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            var headers = r.Headers.Where(h => h.Key is not ("Date" or "Content-Length")).Select(h => (h.Key, h.Value)).ToArray();
            store.Add(key, new CachedPage(headers, body));
        }
        if (body.Length > 0)
        {
            // Nothing is written for an empty answer: starting the response would keep the status-code pages (the
            // Chinese 404) from writing theirs.
            if (!r.HasStarted)
            {
                r.ContentLength = body.Length;
            }
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>What a page's bytes depend on: its address and query, the reading mode, and the base URL.</summary>
    private string KeyOf(HttpRequest request) =>
        string.Concat(options.Value.BaseUrl(request), "\u001F", request.Path.Value, "\u001F", request.QueryString.Value, "\u001F",
            ReadingPreferences.From(request).ToCookie());

    private sealed record CachedPage((string Name, StringValues Value)[] Headers, byte[] Body);
}
