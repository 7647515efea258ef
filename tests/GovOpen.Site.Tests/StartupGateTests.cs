using System.Net;
using GovOpen.Core.Content;
using GovOpen.Site.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovOpen.Site.Tests;

/// <summary>
/// The host starts while the content loads: a request that comes first waits and is answered from the content, never
/// from the empty snapshot; /healthz answers at once; a load that never ends gives 503 with Retry-After.
/// </summary>
public class StartupGateTests
{
    /// <summary>The sample package, held back until the test releases it.</summary>
    private sealed class HeldSource(Task release) : IContentSource
    {
        private readonly PackageContentSource _inner = new(PackageContentSource.EmbeddedPath);

        public string Description => "held sample";

        public async Task<(ContentSet Set, Func<string, string?> ResolveMedia)> LoadAsync(CancellationToken ct)
        {
            await release.WaitAsync(ct);
            return await _inner.LoadAsync(ct);
        }
    }

    private sealed class HeldFactory(Task release) : SiteFactory
    {
        protected override bool WaitForContent => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.RemoveAll<IContentSource>();
                s.AddSingleton<IContentSource>(new HeldSource(release));
            });
        }
    }

    [Fact]
    public async Task A_request_during_the_load_waits_for_the_content_and_healthz_does_not()
    {
        var release = new TaskCompletionSource();
        using var factory = new HeldFactory(release.Task);
        var client = factory.CreateClient();

        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("starting", await health.Content.ReadAsStringAsync());

        var sitemap = client.GetAsync("/sitemap.xml");
        var page = client.GetAsync("/");
        await Task.Delay(300);
        Assert.False(sitemap.IsCompleted, "a request answered before the content was loaded");
        Assert.False(page.IsCompleted);

        release.SetResult();
        var map = await sitemap;
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        Assert.Contains("/xxgk/", await map.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await page).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task When_start_up_does_not_finish_in_time_the_answer_is_503_with_retry_after()
    {
        var never = new TaskCompletionSource();
        using var factory = new HeldFactory(never.Task);
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<StartupGate>();
        // Fail the gate as a broken migration would (the real wait is 30 seconds).
        gate.OpenWhen(Task.FromException(new InvalidOperationException("migration failed")));
        var answer = await client.GetAsync("/zwgk/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("5", answer.Headers.RetryAfter?.ToString());
        Assert.Contains("正在启动", await answer.Content.ReadAsStringAsync());
        never.SetResult();
    }
}
