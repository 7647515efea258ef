using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GovOpen.Site.Tests;

/// <summary>
/// A minimal stand-in for Umbraco's Delivery API v2 on loopback: serves the sample items page by page in the
/// Delivery API shape (no parentId), and can be switched to slow, failing or malformed answers.
/// </summary>
public sealed class FakeDeliveryApi : IAsyncDisposable
{
    public enum Mode { Ok, Fail, Slow, Malformed, MissingFields }

    private readonly WebApplication _app;

    public FakeDeliveryApi(IEnumerable<ContentItem> items)
    {
        Items = items.Select(i => i with { ParentId = null }).ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/umbraco/delivery/api/v2/content", async (HttpContext ctx) =>
        {
            Requests++;
            LastApiKey = ctx.Request.Headers["Api-Key"].ToString();
            switch (Current)
            {
                case Mode.Fail:
                    return Results.StatusCode(500);
                case Mode.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted);
                    break;
                case Mode.Malformed:
                    return Results.Text("{\"total\": 3, \"items\": [", "application/json");
                case Mode.MissingFields:
                    return Results.Text("{\"results\": []}", "application/json");
            }
            var skip = int.Parse(ctx.Request.Query["skip"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
            var take = int.Parse(ctx.Request.Query["take"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
            var page = new JsonObject
            {
                ["total"] = Items.Count,
                ["items"] = JsonSerializer.SerializeToNode(Items.Skip(skip).Take(take).ToList(), ContentPackage.Json),
            };
            return Results.Text(page.ToJsonString(), "application/json");
        });
        // Umbraco's media URLs (/media/…) on the same host.
        _app.MapGet("/media/{**path}", (string path, HttpContext ctx) =>
        {
            MediaRequests.Add("/media/" + path + ctx.Request.QueryString);
            return Current != Mode.Fail && Media.TryGetValue("media/" + path, out var bytes)
                ? Results.Bytes(bytes, "application/pdf")
                : Results.NotFound();
        });
    }

    public List<ContentItem> Items { get; set; }

    public Mode Current { get; set; } = Mode.Ok;

    /// <summary>Media files by key (<c>media/…</c>).</summary>
    public Dictionary<string, byte[]> Media { get; } = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    /// <summary>Every media request the site made: path and query (Umbraco's image processor reads <c>?width=</c>).</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> MediaRequests { get; } = [];

    public string? LastApiKey { get; private set; }

    public string BaseUrl => _app.Urls.First();

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
