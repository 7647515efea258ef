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
    public async Task Shutting_down_still_cancels_a_refresh()
    {
        var source = new FlakySource { Next = () => new OperationCanceledException() };
        using var provider = new ContentProvider(source, Options.Create(new SiteOptions()), new AgencyClock(TimeProvider.System), NullLogger<ContentProvider>.Instance);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => provider.RefreshAsync(cts.Token));
    }
}
