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

    /// <summary>
    /// The register's migration held by a lock another process took a moment ago (EF Core waits for it), with a
    /// one-second wait: the content is served, the register's pages are not.
    /// </summary>
    private sealed class LockedRegisterFactory : SiteFactory
    {
        public LockedRegisterFactory()
        {
            Settings["GovOpen:Site:StartupWaitSeconds"] = "1";
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={RequestDbPath};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, $t);
                """;
            cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
        }

        protected override bool WaitForContent => false;

        /// <summary>What the other process does when it ends: its lock goes, and the migration goes on.</summary>
        public void ReleaseLock()
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={RequestDbPath};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            cmd.ExecuteNonQuery();
        }
    }

    [Theory]
    [InlineData("GET", "/xxgk/yjzj/yjzj-2026-01/")]
    [InlineData("POST", "/xxgk/ysqgk/apply")]
    [InlineData("POST", "/xxgk/ysqgk/status")]
    [InlineData("POST", "/xxgk/yjzj/comment")]
    public async Task A_page_of_the_register_answers_503_while_its_migration_is_held_and_works_once_it_is_done(string method, string path)
    {
        using var factory = new LockedRegisterFactory();
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<StartupGate>();
        await gate.Ready.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xxgk/")).StatusCode); // the content does not wait for the register
        // An empty form needs nothing from the register; sending one does.
        var form = await client.GetAsync("/xxgk/ysqgk/apply");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Task<HttpResponseMessage> Send() => method == "GET"
            ? client.GetAsync(path)
            : client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = RequestPageTests.Hidden(html, "__RequestVerificationToken"),
                ["ClientToken"] = RequestPageTests.Hidden(html, "ClientToken"),
                ["Number"] = "YSQ-2026-0001",
                ["Code"] = "x",
                ["ConsultationId"] = "yjzj-2026-01",
            }));

        var answer = await Send();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("5", answer.Headers.RetryAfter?.ToString());
        Assert.Contains("no-store", answer.Headers.CacheControl?.ToString());
        Assert.Contains("正在启动", await answer.Content.ReadAsStringAsync());
        Assert.False(gate.RegisterReady.IsCompleted);

        factory.ReleaseLock();
        await gate.RegisterReady.WaitAsync(TimeSpan.FromSeconds(60));
        var after = await Send();
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.True(after.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"{after.StatusCode}"); // the page itself answered (an incomplete form: 422)
    }

    [Fact]
    public async Task A_page_that_needs_the_search_index_waits_for_it_without_a_thread_and_answers_503_when_it_is_late()
    {
        var services = new ServiceCollection()
            .AddSingleton(new StartupGate(Microsoft.Extensions.Options.Options.Create(new SiteOptions { StartupWaitSeconds = 1 })))
            .BuildServiceProvider();
        var set = GovOpen.Packaging.ContentPackage.Load(PackageContentSource.EmbeddedPath).ToContentSet();
        var hold = new TaskCompletionSource();
        var site = SiteContent.Build(set, new FixedClock(SiteFactory.Today), "held index", _ => null, indexAfter: hold.Task);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = services };

        var refusal = await StartupGate.SearchRefusalAsync(context, site, CancellationToken.None);
        var content = Assert.IsType<Microsoft.AspNetCore.Mvc.ContentResult>(refusal);
        Assert.Equal(503, content.StatusCode);
        Assert.Contains("检索服务正在准备", content.Content);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());

        hold.SetResult();
        await site.SearchReady.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Null(await StartupGate.SearchRefusalAsync(new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = services }, site, CancellationToken.None));
        Assert.True(site.Query(new GovOpen.Search.SearchQuery { Text = "停车" }).Total > 0);
    }
}
