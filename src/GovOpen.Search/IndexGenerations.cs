using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovOpen.Search;

/// <summary>
/// The live index generation and its replacement. On disk the index root holds <c>gen-NNNN</c> directories and a
/// <c>current</c> file naming the shared one. A full rebuild fills a new generation aside and swaps it in; the old
/// one closes (and its directory is deleted) once its last search ends. A generation that cannot be opened (missing,
/// corrupt) is replaced by a fresh one at open. All writes go through one lock, so a swap never races an update.
/// <para>
/// Several processes may find the same root (two sites on one machine, a shared folder): a process only ever uses
/// a generation whose owner file (<see cref="Generation.OwnerFile"/>, opened unshared) it holds. When the current generation is locked by another process, this
/// process builds its own generation beside it and never touches the other one; it deletes a directory only after
/// taking that directory's owner file and write lock itself (so never one another process holds), and on dispose it deletes its own
/// generation unless <c>current</c> names it.
/// </para>
/// </summary>
internal sealed class IndexGenerations : IDisposable
{
    private const string CurrentFile = "current";
    private const string Prefix = "gen-";
    private readonly SearchIndexOptions _options;
    private readonly object _writeLock = new();
    private volatile Generation _current;
    private bool _disposed;

    /// <summary>True while the live generation is this process's own (the shared one was held by another process).</summary>
    private bool _private;

    private IndexGenerations(SearchIndexOptions options, Generation current)
    {
        _options = options;
        _current = current;
    }

    /// <summary>Directory of the live generation (null in memory).</summary>
    public string? CurrentPath => _current.Path;

    /// <summary>
    /// Opens the live generation under <see cref="SearchIndexOptions.Path"/>, or creates a fresh one filled by
    /// <paramref name="fill"/> (when given) if there is none or it cannot be opened. In memory a new generation is
    /// always created. <paramref name="rebuilt"/> and <paramref name="reason"/> tell which happened.
    /// </summary>
    public static IndexGenerations Open(SearchIndexOptions options, Func<IndexWriter, int>? fill, out bool rebuilt, out string? reason)
    {
        if (options.Path is null)
        {
            var mem = new IndexGenerations(options, Generation.Create(null, options));
            rebuilt = fill is not null;
            reason = fill is null ? null : "in-memory index built from source";
            if (fill is not null)
            {
                fill(mem._current.Writer);
                mem._current.Refresh();
            }
            return mem;
        }

        System.IO.Directory.CreateDirectory(options.Path);
        var currentName = ReadCurrent(options.Path);
        var heldElsewhere = false;
        if (currentName is not null)
        {
            var dirPath = System.IO.Path.Combine(options.Path, currentName);
            try
            {
                var existing = Generation.OpenExisting(dirPath, options);
                rebuilt = false;
                reason = null;
                return new IndexGenerations(options, existing);
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or LockObtainFailedException or InvalidOperationException or ArgumentException)
            {
                heldElsewhere = e is LockObtainFailedException;
                reason = heldElsewhere
                    ? $"index {currentName} is locked by another writer ({e.Message}); building this process's own generation beside it (the locked one is left alone)"
                    : $"index {currentName} cannot be opened ({e.GetType().Name}: {e.Message}); rebuilding";
                options.Log?.Invoke(reason);
            }
        }
        else
        {
            reason = "no index yet; building";
        }

        rebuilt = true;
        var fresh = CreateFresh(options.Path, options);
        var result = new IndexGenerations(options, fresh) { _private = heldElsewhere };
        try
        {
            fill?.Invoke(fresh.Writer);
            fresh.CommitAndRefresh();
        }
        catch
        {
            result.Dispose();
            throw;
        }
        if (!heldElsewhere)
        {
            WriteCurrent(options.Path, System.IO.Path.GetFileName(fresh.Path!));
            // The replaced generation, and any a process left half-built when it was stopped: none is named by
            // `current`, so nothing would ever open or remove them. Generations another process holds stay.
            foreach (var dir in System.IO.Directory.EnumerateDirectories(options.Path, Prefix + "*").Where(d => d != fresh.Path).ToList())
            {
                DeleteIfUnheld(dir, options);
            }
        }
        return result;
    }

    /// <summary>A searcher on the live generation, held until the lease is disposed.</summary>
    public SearchLease Lease()
    {
        ThrowIfDisposed();
        while (true)
        {
            var g = _current;
            if (g.TryAcquire(out var searcher))
            {
                return new SearchLease(g, searcher);
            }
        }
    }

    /// <summary>Applies <paramref name="change"/> to the live generation's writer, commits once and refreshes readers.</summary>
    public T Write<T>(Func<IndexWriter, T> change)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var gen = _current;
            var result = change(gen.Writer);
            gen.CommitAndRefresh();
            return result;
        }
    }

    /// <inheritdoc cref="Write{T}"/>
    public void Write(Action<IndexWriter> change) => Write(writer =>
    {
        change(writer);
        return true;
    });

    /// <summary>
    /// Builds a new generation aside with <paramref name="fill"/>, then swaps it in. Searches keep using the old
    /// generation until the swap; if filling fails, the new generation is dropped and the old one stays live.
    /// </summary>
    public int Rebuild(Func<IndexWriter, int> fill)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var fresh = _options.Path is null ? Generation.Create(null, _options) : CreateFresh(_options.Path, _options);
            int n;
            try
            {
                n = fill(fresh.Writer);
                if (_options.MaxSegmentsAfterRebuild > 0)
                {
                    fresh.Writer.ForceMerge(_options.MaxSegmentsAfterRebuild);
                }
                fresh.CommitAndRefresh();
            }
            catch
            {
                fresh.Retire();
                if (fresh.Path is not null)
                {
                    DeleteIfUnheld(fresh.Path, _options);
                }
                throw;
            }
            var old = _current;
            _current = fresh;
            if (_options.Path is not null && !_private)
            {
                WriteCurrent(_options.Path, System.IO.Path.GetFileName(fresh.Path!));
            }
            if (old.Path is not null)
            {
                var options = _options;
                old.OnDisposed = () => DeleteIfUnheld(old.Path, options);
            }
            old.Retire();
            return n;
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            var live = _current;
            // This process's own generation, which `current` does not name, is of no use to anyone once closed.
            if (live.Path is not null && _options.Path is not null && ReadCurrent(_options.Path) != System.IO.Path.GetFileName(live.Path))
            {
                var options = _options;
                live.OnDisposed = () => DeleteIfUnheld(live.Path, options);
            }
            live.Retire();
        }
    }

    /// <summary>Throws once disposed; the exception names the public type, <see cref="GovSearchIndex"/>.</summary>
    public void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, typeof(GovSearchIndex));

    private static string GenerationName(int number) => $"{Prefix}{number:D4}";

    private static string GenerationPath(string root, int number) => System.IO.Path.Combine(root, GenerationName(number));

    private static int ParseNumber(string name) => int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string? ReadCurrent(string root)
    {
        var file = System.IO.Path.Combine(root, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }
        var name = File.ReadAllText(file).Trim();
        // Only our own generation names: never follow a path out of the index root.
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.Length == Prefix.Length + 4 && name[Prefix.Length..].All(char.IsAsciiDigit) ? name : null;
    }

    private static void WriteCurrent(string root, string name)
    {
        // A temporary file of this process's own, renamed over `current` (atomic), so two processes never mix writes.
        var tmp = System.IO.Path.Combine(root, $"{CurrentFile}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(tmp, name);
        File.Move(tmp, System.IO.Path.Combine(root, CurrentFile), overwrite: true);
    }

    private static int NextFreeNumber(string root, string? current)
    {
        var max = current is null ? 0 : ParseNumber(current);
        foreach (var dir in System.IO.Directory.EnumerateDirectories(root, Prefix + "*"))
        {
            max = Math.Max(max, ParseNumber(System.IO.Path.GetFileName(dir)));
        }
        return max + 1;
    }

    /// <summary>
    /// A new, empty generation with the next free number. Two processes creating one at the same moment pick the
    /// same number; the one that does not get the write lock takes the next number.
    /// </summary>
    private static Generation CreateFresh(string root, SearchIndexOptions options)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = GenerationPath(root, NextFreeNumber(root, null));
            System.IO.Directory.CreateDirectory(path);
            try
            {
                return Generation.Create(path, options);
            }
            catch (LockObtainFailedException) when (attempt < 10)
            {
                // Another process took this number first; it is left alone.
            }
        }
    }

    /// <summary>
    /// Deletes an index root: each generation under it that no process holds (<see cref="DeleteIfUnheld"/>), then,
    /// when none is left, its <c>current</c> file and the folder itself (never recursively: a generation another
    /// process creates meanwhile stays). Returns true when the root is gone. Links are not followed.
    /// </summary>
    public static bool DeleteRootIfUnheld(string root, SearchIndexOptions options)
    {
        var info = new DirectoryInfo(root);
        if (!info.Exists)
        {
            return true;
        }
        if (info.LinkTarget is not null)
        {
            options.Log?.Invoke($"index root {root} is a link; left in place");
            return false;
        }
        foreach (var dir in info.EnumerateDirectories(Prefix + "*"))
        {
            if (dir.LinkTarget is null)
            {
                DeleteIfUnheld(dir.FullName, options);
            }
        }
        try
        {
            if (info.EnumerateDirectories().Any())
            {
                return false;
            }
            foreach (var file in info.EnumerateFiles())
            {
                file.Delete();
            }
            info.Delete(recursive: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            options.Log?.Invoke($"could not delete index root {root}: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Deletes a generation directory only while holding its owner file and Lucene write lock: a directory another process (or
    /// another index in this one) holds is left in place. Files go first, under the lock; the lock file and the
    /// directory last.
    /// </summary>
    private static void DeleteIfUnheld(string path, SearchIndexOptions options)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return;
        }
        try
        {
            using (var owner = Generation.TryHold(path))
            {
                if (owner is null)
                {
                    options.Log?.Invoke($"index generation {path} is held by another process; left in place");
                    return;
                }
                using var dir = FSDirectory.Open(path);
                using var writeLock = dir.MakeLock(IndexWriter.WRITE_LOCK_NAME);
                if (!writeLock.Obtain())
                {
                    options.Log?.Invoke($"index generation {path} is held by another writer; left in place");
                    return;
                }
                foreach (var file in System.IO.Directory.EnumerateFiles(path).Where(f => System.IO.Path.GetFileName(f) != IndexWriter.WRITE_LOCK_NAME && System.IO.Path.GetFileName(f) != Generation.OwnerFile).ToList())
                {
                    File.Delete(file);
                }
            }
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LockObtainFailedException)
        {
            options.Log?.Invoke($"could not delete old index generation {path}: {e.Message}");
        }
    }
}
