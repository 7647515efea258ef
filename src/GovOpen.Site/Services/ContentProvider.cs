using GovOpen.Core.Content;
using GovOpen.Core.Time;
using GovOpen.Packaging;
using Microsoft.Extensions.Options;

namespace GovOpen.Site.Services;

/// <summary>
/// Holds the current <see cref="SiteContent"/> and replaces it on refresh. A failed refresh keeps the last good
/// content (and says so in the log): the site is never blank because Umbraco is down.
/// </summary>
public sealed class ContentProvider : IDisposable
{
    private readonly IContentSource _source;
    private readonly SiteOptions _options;
    private readonly AgencyClock _clock;
    private readonly ILogger<ContentProvider> _log;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile SiteContent _current;
    /// <summary>What was last loaded, kept so the snapshot can be rebuilt for a new day.</summary>
    private Loaded? _last;

    private sealed record Loaded(ContentSet Set, Func<string, string?> Media, string Description, string? Fingerprint = null);

    public ContentProvider(IContentSource source, IOptions<SiteOptions> options, AgencyClock clock, ILogger<ContentProvider> log)
    {
        _source = source;
        _options = options.Value;
        _clock = clock;
        _log = log;
        _current = SiteContent.Empty(clock, "not loaded yet");
        _privateIndexRoot = _options.IndexDirectory is not { Length: > 0 };
        _indexRoot = _privateIndexRoot
            ? Path.Combine(Path.GetTempPath(), $"govopen-site-index-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48])
            : Path.GetFullPath(_options.IndexDirectory!);
    }

    public SiteContent Current => _current;

    /// <summary>
    /// What a snapshot's search index waits for before it is built (the host: until the site answers, so building
    /// the index does not slow the start). Already complete by default.
    /// </summary>
    public Task IndexingGate { get; set; } = Task.CompletedTask;

    /// <summary>True when the last refresh failed and older content is being served.</summary>
    public bool IsStale { get; private set; }

    public DateTimeOffset? LastFailure { get; private set; }

    /// <summary>What the last refresh failed with; null after a good refresh.</summary>
    private Exception? _lastFailure;

    /// <summary>Why the last refresh failed (for the log and --prepare); null after a good refresh.</summary>
    public string? LastFailureReason => _lastFailure is { } e ? $"{e.GetType().Name}: {e.Message}" : null;

    /// <summary>
    /// What kind of failure the last refresh met, as a code safe to show anyone (/healthz is public): the exception's
    /// message can name internal hosts, paths and addresses, and stays in the log and <see cref="LastFailureReason"/>.
    /// </summary>
    public string? LastFailureKind => _lastFailure is { } e ? KindOf(e) : null;

    /// <summary>The public code of a refresh failure.</summary>
    public static string KindOf(Exception e) => e switch
    {
        HttpRequestException or TaskCanceledException => "source-unreachable",
        DeliveryApiException => "source-answer",
        GovOpen.Core.GovOpenException => "content-invalid",
        IOException or UnauthorizedAccessException => "storage",
        _ => "internal",
    };

    /// <summary>ok (fresh content), degraded (serving older content; see <see cref="LastFailureReason"/>) or unavailable (nothing to serve).</summary>
    public string Health => !HasContent ? "unavailable" : IsStale ? "degraded" : "ok";

    /// <summary>Content is in place: loaded from the source or the cache, or read back from a site store.</summary>
    private bool HasContent => _last is not null || _current.IsStored;

    private DateOnly Today => _clock.Today;

    /// <summary>Loads content at start: from the source, else from the cache of the last good content.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var (served, fingerprint) = await OpenStoreAsync(ct);
        if (served)
        {
            return;
        }
        if (await RefreshAsync(fingerprint ?? _source.Fingerprint(), ct))
        {
            return;
        }
        if (_options.CacheDirectory is { } dir)
        {
            try
            {
                var package = ContentCache.Load(dir);
                if (package is null)
                {
                    _log.LogError("No content could be loaded from {Source} and the cache in {Dir} is empty; pages answer 503 until a refresh succeeds.", _source.Description, dir);
                    return;
                }
                _last = new Loaded(package.ToContentSet(), package.ResolveMedia, $"cached copy in {dir}");
                await SwapWhenReady(SnapshotOf(_last), ct);
                _log.LogWarning("Content source unavailable at start; serving the cached copy from {Dir} ({Count} items).", dir, _current.Items.Count);
                IsStale = true;
                return;
            }
            catch (Exception e)
            {
                _log.LogError(e, "The content cache in {Dir} cannot be read; pages answer 503 until a refresh succeeds.", dir);
                return;
            }
        }
        _log.LogError("No content could be loaded from {Source} and there is no cache; pages answer 503 until a refresh succeeds.", _source.Description);
    }

    /// <summary>
    /// For a source that can tell when it changed (a content package): reloads when it has changed since the last
    /// good load, and retries after a failed one. Returns true if it reloaded.
    /// </summary>
    public async Task<bool> RefreshIfChangedAsync(CancellationToken ct)
    {
        var fingerprint = _source.Fingerprint();
        if (fingerprint is null || fingerprint == _loadedFingerprint && LastFailureReason is null && HasContent)
        {
            return false;
        }
        return await RefreshAsync(fingerprint, ct);
    }

    /// <summary>The source's fingerprint when the current content was loaded.</summary>
    private string? _loadedFingerprint;

    /// <summary>Reloads everything from the source. Returns false (keeping the current content) on failure.</summary>
    public Task<bool> RefreshAsync(CancellationToken ct) => RefreshAsync(_source.Fingerprint(), ct);

    /// <param name="fingerprint">The source's fingerprint taken before the load, so a change during it is seen next time.</param>
    private async Task<bool> RefreshAsync(string? fingerprint, CancellationToken ct)
    {
        await _refreshGate.WaitAsync(ct);
        try
        {
            var (set, media) = await _source.LoadAsync(ct);
            var loaded = new Loaded(set, media, _source.Description, fingerprint);
            var next = SnapshotOf(loaded);
            if (next.Problems.Count > 0)
            {
                _log.LogWarning("{Count} content problems in {Source}; first: {First}", next.Problems.Count, _source.Description, next.Problems[0].MessageEn);
            }
            await SwapWhenReady(next, ct);
            _last = loaded;
            IsStale = false;
            _lastFailure = null;
            _loadedFingerprint = fingerprint;
            if (_source is DeliveryApiContentSource && _options.CacheDirectory is { } dir)
            {
                try
                {
                    ContentCache.Save(dir, ((MemoryPublicView)next.Public).Content);
                }
                catch (Exception e)
                {
                    // The new content is in place and serving: a cache that cannot be written (for any reason) costs only
                    // the next start while Umbraco is down, and must not mark this successful refresh as failed.
                    _log.LogWarning(e, "Could not write the content cache to {Dir}.", dir);
                }
            }
            _log.LogInformation("Loaded {Count} public items from {Source}.", next.Items.Count, _source.Description);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Any failure of a load — the source's (unreachable, malformed) or an unexpected one — keeps the last good
            // content serving; only the host's own shutdown ends a refresh otherwise.
            IsStale = !_current.IsEmpty;
            LastFailure = _clock.Time.GetUtcNow();
            _lastFailure = e;
            var expected = e is HttpRequestException or TaskCanceledException or DeliveryApiException or IOException or GovOpen.Core.GovOpenException;
            _log.Log(expected ? LogLevel.Warning : LogLevel.Error, expected ? null : e,
                "Content refresh from {Source} failed ({Reason}); serving the last good content loaded at {LoadedAt:u}.",
                _source.Description, e.Message, _current.LoadedAt);
            return false;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>
    /// What may appear depends on the day (scheduled 发布日期, validity that starts or ends): when the date has
    /// changed since the snapshot was built, rebuild it from the last loaded content. Returns true if it rebuilt.
    /// </summary>
    public async Task<bool> RollOverDayAsync(CancellationToken ct)
    {
        if (_current.Today == Today || !HasContent)
        {
            return false;
        }
        if (_last is null)
        {
            // Read back from a site store of another day: nothing loaded to rebuild from; the source is read again.
            var reloaded = await RefreshAsync(ct);
            if (reloaded)
            {
                _log.LogInformation("New day {Today}: reloaded {Source} to rebuild the public snapshot.", Today, _source.Description);
            }
            return reloaded;
        }
        await _refreshGate.WaitAsync(ct);
        try
        {
            if (_current.Today == Today)
            {
                return false;
            }
            await SwapWhenReady(SnapshotOf(_last), ct);
            _log.LogInformation("New day {Today}: rebuilt the public snapshot ({Count} items).", Today, _current.Items.Count);
            return true;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>
    /// Where the snapshots' search indexes are kept: <see cref="SiteOptions.IndexDirectory"/>, kept across restarts
    /// (each index in a folder named by its identity, reused when the content is the same); without it a folder of
    /// this process's own under the temp directory, removed when it stops.
    /// </summary>
    private readonly string _indexRoot;

    /// <summary>True when <see cref="_indexRoot"/> is this process's own throwaway folder.</summary>
    private readonly bool _privateIndexRoot;

    private SiteContent SnapshotOf(Loaded loaded)
    {
        var next = SiteContent.Build(loaded.Set, _clock, loaded.Description, loaded.Media, _indexRoot, IndexingGate, m => _log.LogInformation("{Message}", m));
        Sweep(next);
        if (StoreKey(next.Today) is { } key && Usable(loaded.Fingerprint))
        {
            // Kept for the next start on the same package and day, once the index is open (it names the index).
            StoreWritten = next.SearchReady.ContinueWith(_ => WriteStore(next, key, loaded.Fingerprint!), TaskScheduler.Default);
        }
        return next;
    }

    private void Sweep(SiteContent next)
    {
        if (!_privateIndexRoot && Interlocked.Exchange(ref _swept, 1) == 0)
        {
            _ = next.SearchReady.ContinueWith(_ => SweepIndexes(next.IndexPath), TaskScheduler.Default);
        }
    }

    /// <summary>
    /// The name of the site store for the package on a day, or null when none is kept: only for a content package
    /// (the Delivery API mode has its own cache) and a kept index root.
    /// </summary>
    private string? StoreKey(DateOnly day) =>
        _source is PackageContentSource package && !_privateIndexRoot ? SiteStore.KeyOf(package.PackagePath, day) : null;

    private static bool Usable(string? fingerprint) => fingerprint is not null && !fingerprint.StartsWith("unreadable:", StringComparison.Ordinal);

    /// <summary>
    /// Completes when the site store of the last snapshot made from the source is written (or could not be): false when
    /// writing it failed, true when it was written or none was due.
    /// </summary>
    public Task<bool> StoreWritten { get; private set; } = Task.FromResult(true);

    /// <summary>
    /// For a deployment step before the site starts (<c>--prepare</c>): loads the content as a start would, waits for
    /// its search index and its site store, so the site's first start on this package and day opens both instead of
    /// making them. Returns what it did, or null when no content could be loaded; throws <see cref="IOException"/> when
    /// the site store could not be written.
    /// </summary>
    public async Task<string?> PrepareAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        if (!HasContent)
        {
            return null;
        }
        var current = _current;
        await current.SearchReady.WaitAsync(ct);
        if (!await StoreWritten.WaitAsync(ct))
        {
            throw new IOException($"the site store could not be written under {_indexRoot} (the warning above says why)");
        }
        return $"{current.Items.Count} public items of {_source.Description} for {GovOpen.Core.Text.IsoDate.Format(current.Today)}: "
            + (current.IsStored ? "the site store was already in place" : StoreKey(current.Today) is { } key ? $"site store {key}" : "no site store (not a content package, or no IndexDirectory)")
            + $"; search index {current.IndexPath ?? "in memory"}";
    }

    /// <summary>Writes the site store of a snapshot made from the source (never one read back from a store).</summary>
    private bool WriteStore(SiteContent snapshot, string key, string fingerprint)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            SiteStore.Write(_indexRoot, key, fingerprint, snapshot.Public, snapshot.IndexPath is { } p ? Path.GetFileName(p) : null, snapshot.DocumentIds ?? []);
            _log.LogInformation("Site store {Key} written ({Count} items) in {Ms} ms.", key, snapshot.Items.Count, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (Exception e)
        {
            // The snapshot serves as it is; only the next start is slower.
            _log.LogWarning(e, "Could not write the site store {Key} under {Root}.", key, _indexRoot);
            return false;
        }
    }

    /// <summary>
    /// At start: when a site store of today holds the package's current state, serves the snapshot it holds without
    /// reading the package. False when there is none or it cannot be used (then the package is loaded); the package's
    /// fingerprint, taken meanwhile, is handed on so the load does not list the package again.
    /// </summary>
    private async Task<(bool Served, string? Fingerprint)> OpenStoreAsync(CancellationToken ct)
    {
        if (StoreKey(Today) is not { } key)
        {
            return (false, null);
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Listing a large package and reading the copy's index take about as long: on two threads.
        var listing = Task.Run(_source.Fingerprint, ct);
        StoredPublicView? stored = null;
        try
        {
            stored = SiteStore.Open(_indexRoot, key);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            _log.LogWarning(e, "The site store {Key} cannot be used; loading the package instead.", key);
        }
        var opened = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var fingerprint = await listing;
        // Only a copy of this very state of the package, made for today (its name says so; its contents are checked too).
        if (stored is null || !Usable(fingerprint) || stored.Fingerprint != fingerprint || stored.Today != Today)
        {
            stored?.Dispose();
            return (false, fingerprint);
        }
        var listed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var package = (PackageContentSource)_source;
        var next = SiteContent.FromStore(stored, _clock, package.Description, package.MediaResolver(), _indexRoot, IndexingGate, m => _log.LogInformation("{Message}", m));
        var made = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Sweep(next);
        await SwapWhenReady(next, ct);
        _loadedFingerprint = fingerprint;
        IsStale = false;
        _lastFailure = null;
        _log.LogInformation("Serving {Count} public items of {Source} from the site store {Key} (copy opened in {Open} ms, package listed by {Listed} ms, snapshot made by {Made} ms).",
            next.Items.Count, package.Description, key, (long)opened.TotalMilliseconds, (long)listed.TotalMilliseconds, (long)made.TotalMilliseconds);
        return (true, fingerprint);
    }

    private int _swept;

    /// <summary>
    /// Once per process, when the first snapshot's index is open: the folders under the index root that no process
    /// holds — indexes of content or days gone by, left by a run that was killed, a build cut short — are removed.
    /// Indexes in use, by this process or another, are left alone (<see cref="GovOpen.Search.GovSearchIndex.DeleteIfUnused"/>);
    /// later snapshots remove their own folder when they are replaced.
    /// </summary>
    private void SweepIndexes(string? inUse)
    {
        try
        {
            foreach (var dir in new DirectoryInfo(_indexRoot).EnumerateDirectories())
            {
                if (GovOpen.Search.IndexIdentity.IsIdentity(dir.Name) && dir.FullName != inUse)
                {
                    GovOpen.Search.GovSearchIndex.DeleteIfUnused(dir.FullName, m => _log.LogInformation("{Message}", m)); // links are left alone there
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogWarning(e, "Old search indexes under {Root} could not be cleared.", _indexRoot);
        }
    }

    /// <summary>
    /// Puts a new snapshot in place. While something is serving, the new one waits until its search index is ready,
    /// so a refresh or a new day never makes a request wait; at a cold start it serves at once (search pages wait for
    /// the index the first time).
    /// </summary>
    private async Task SwapWhenReady(SiteContent next, CancellationToken ct)
    {
        if (!_current.IsEmpty)
        {
            await next.SearchReady.WaitAsync(ct);
        }
        Swap(next);
    }

    private void Swap(SiteContent next)
    {
        var old = _current;
        _current = next;
        // Requests in flight may still hold the old snapshot; its index is closed a little later, and its folder
        // removed unless the new snapshot opened the same one (the same documents).
        _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => old.Release(deleteIndex: old.IndexPath is { } p && p != _current.IndexPath, m => _log.LogInformation("{Message}", m)), TaskScheduler.Default);
    }

    /// <summary>
    /// Closes the current index. A kept index root keeps it for the next start (the same content opens it again); this
    /// process's own throwaway root is removed.
    /// </summary>
    public void Dispose()
    {
        var released = _current.Release(deleteIndex: false);
        _refreshGate.Dispose();
        try
        {
            // An index being built is not waited for; one that is open is closed before the process goes on.
            released.Wait(TimeSpan.FromSeconds(5));
            if (_privateIndexRoot && Directory.Exists(_indexRoot))
            {
                Directory.Delete(_indexRoot, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            // an index still open (a build cut short) is left to the system's temp clean-up
        }
    }
}

/// <summary>
/// Refreshes Delivery API content periodically (webhooks refresh immediately), reloads a content package when it
/// changes or failed to load, and in every mode rebuilds the public snapshot when the date changes, so scheduled documents appear and validity labels turn on their day.
/// </summary>
public sealed class ContentRefreshService(ContentProvider provider, IOptions<SiteOptions> options, TimeProvider clock, ILogger<ContentRefreshService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.ContentSource == "deliveryApi" ? options.Value.DeliveryApi.RefreshMinutes : 0;
        var lastRefresh = clock.GetUtcNow();
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (minutes > 0 && clock.GetUtcNow() - lastRefresh >= TimeSpan.FromMinutes(minutes))
            {
                lastRefresh = clock.GetUtcNow();
                await provider.RefreshAsync(stoppingToken);
            }
            await TickAsync(provider, log, stoppingToken);
        }
    }

    /// <summary>
    /// One minute's work: a package that changed (or failed to load last time) is reloaded, and the snapshot is rebuilt
    /// when the day changes. A failure is logged and tried again on the next tick; a BackgroundService that throws
    /// stops the host (the default since .NET 6), so nothing a tick does may escape.
    /// </summary>
    internal static async Task TickAsync(ContentProvider provider, ILogger log, CancellationToken ct)
    {
        try
        {
            await provider.RefreshIfChangedAsync(ct);
            await provider.RollOverDayAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "The minute's content check failed; the current snapshot keeps serving and the next minute tries again.");
        }
    }
}
