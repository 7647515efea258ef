using GovOpen.Core.Content;
using GovOpen.Core.Time;
using GovOpen.Site.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Tests;

/// <summary>Any failure of a refresh — expected or not — keeps the last good content serving and is reported as degraded.</summary>
public sealed class RefreshFaultTests
{
    /// <summary>The sample package, then whatever <see cref="Next"/> says.</summary>
    private sealed class FlakySource : IContentSource
    {
        private readonly PackageContentSource _package = new(PackageContentSource.EmbeddedPath);

        public Func<Exception?> Next { get; set; } = () => null;

        public string Description => "flaky test source";

        /// <summary>What the package check of a tick meets (a fingerprint that throws is a fault outside any refresh).</summary>
        public Func<string?> FingerprintOf { get; set; } = () => null;

        public string? Fingerprint() => FingerprintOf();

        public Task<(ContentSet Set, Func<string, string?> ResolveMedia)> LoadAsync(CancellationToken ct) =>
            Next() is { } e ? Task.FromException<(ContentSet, Func<string, string?>)>(e) : _package.LoadAsync(ct);
    }

    public static TheoryData<string> Failures() => new() { "InvalidOperationException", "NullReferenceException", "JsonException", "ArgumentException" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task An_unexpected_failure_keeps_the_last_good_content_and_says_why(string kind)
    {
        var source = new FlakySource();
        using var provider = new ContentProvider(source, Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
        Assert.Equal("unavailable", provider.Health); // nothing loaded yet
        await provider.InitializeAsync(CancellationToken.None);
        var items = provider.Current.Items.Count;
        Assert.True(items > 0);
        Assert.Equal("ok", provider.Health);

        source.Next = () => kind switch
        {
            "InvalidOperationException" => new InvalidOperationException("boom"),
            "NullReferenceException" => new NullReferenceException("boom"),
            "JsonException" => new System.Text.Json.JsonException("boom"),
            _ => new ArgumentException("boom"),
        };
        Assert.False(await provider.RefreshAsync(CancellationToken.None)); // never thrown to the caller (a background service would stop the host)
        Assert.Equal(items, provider.Current.Items.Count);
        Assert.Equal("degraded", provider.Health);
        Assert.Contains(kind, provider.LastFailureReason);

        source.Next = () => null;
        Assert.True(await provider.RefreshAsync(CancellationToken.None));
        Assert.Equal("ok", provider.Health);
        Assert.Null(provider.LastFailureReason);
    }

    [Fact]
    public async Task A_tick_of_the_background_service_never_throws_and_the_next_one_works_again()
    {
        var source = new FlakySource();
        using var provider = new ContentProvider(source, Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
        await provider.InitializeAsync(CancellationToken.None);
        var items = provider.Current.Items.Count;
        source.FingerprintOf = () => throw new UnauthorizedAccessException("the package folder cannot be listed");
        await ContentRefreshService.TickAsync(provider, NullLogger.Instance, CancellationToken.None); // logged, not thrown
        Assert.Equal(items, provider.Current.Items.Count);
        source.FingerprintOf = () => "changed";
        source.Next = () => new InvalidOperationException("a bug in a load");
        await ContentRefreshService.TickAsync(provider, NullLogger.Instance, CancellationToken.None);
        Assert.Equal("degraded", provider.Health);
        source.Next = () => null;
        await ContentRefreshService.TickAsync(provider, NullLogger.Instance, CancellationToken.None);
        Assert.Equal("ok", provider.Health);
        Assert.Equal(items, provider.Current.Items.Count);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        source.FingerprintOf = () => throw new OperationCanceledException(cancelled.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ContentRefreshService.TickAsync(provider, NullLogger.Instance, cancelled.Token)); // shutdown still ends it
    }

    [Fact]
    public async Task Shutting_down_still_cancels_a_refresh()
    {
        var source = new FlakySource { Next = () => new OperationCanceledException() };
        using var provider = new ContentProvider(source, Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => provider.RefreshAsync(cts.Token));
    }

    private static void Touch(string file, string text)
    {
        File.WriteAllText(file, text);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1)); // whatever the file system's time resolution
    }

    [Fact]
    public async Task A_package_is_reloaded_when_it_changes_and_retried_after_a_failed_load()
    {
        var dir = Sample.CopyOfPackage();
        try
        {
            using var provider = new ContentProvider(new PackageContentSource(dir), Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
            await provider.InitializeAsync(CancellationToken.None);
            Assert.False(await provider.RefreshIfChangedAsync(CancellationToken.None)); // nothing changed

            var page = Path.Combine(dir, "items", "gkzd.json");
            var original = File.ReadAllText(page);
            var before = provider.Current.Items["gkzd"].Name;
            Touch(page, original.Replace($"\"name\": \"{before}\"", "\"name\": \"政府信息公开制度（已更新）\"", StringComparison.Ordinal));
            Assert.True(await provider.RefreshIfChangedAsync(CancellationToken.None));
            Assert.Equal("政府信息公开制度（已更新）", provider.Current.Items["gkzd"].Name);

            var manifest = Path.Combine(dir, "package.json");
            var goodManifest = File.ReadAllText(manifest);
            Touch(manifest, "{ not json");
            Assert.False(await provider.RefreshIfChangedAsync(CancellationToken.None));
            Assert.Equal("degraded", provider.Health);
            Assert.Equal("政府信息公开制度（已更新）", provider.Current.Items["gkzd"].Name); // last good content serves

            Touch(manifest, goodManifest);
            Assert.True(await provider.RefreshIfChangedAsync(CancellationToken.None));
            Assert.Equal("ok", provider.Health);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task A_missing_package_at_start_is_loaded_once_it_appears()
    {
        var dir = Path.Combine(Path.GetTempPath(), "govopen-late-" + Guid.NewGuid().ToString("N"));
        using var provider = new ContentProvider(new PackageContentSource(dir), Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
        await provider.InitializeAsync(CancellationToken.None);
        Assert.Equal("unavailable", provider.Health);
        Assert.False(await provider.RefreshIfChangedAsync(CancellationToken.None)); // still missing: retried, still failing
        var copy = Sample.CopyOfPackage();
        try
        {
            Directory.Move(copy, dir);
            Assert.True(await provider.RefreshIfChangedAsync(CancellationToken.None));
            Assert.Equal("ok", provider.Health);
            Assert.NotEmpty(provider.Current.Items);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
