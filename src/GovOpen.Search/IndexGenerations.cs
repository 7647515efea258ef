using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GovOpen.Search;

/// <summary>
/// The live index generation and its replacement. On disk the index root holds <c>gen-NNNN</c> directories and a
/// <c>current</c> file naming the live one. A full rebuild fills a new generation aside and swaps it in; the old
/// one closes (and its directory is deleted) once its last search ends. A generation that cannot be opened (missing,
/// corrupt, locked by another writer) is replaced by a fresh one at open. All writes go through one lock, so a swap
/// never races an update.
/// </summary>
internal sealed class IndexGenerations : IDisposable
{
    private const string CurrentFile = "current";
    private const string Prefix = "gen-";
    private readonly SearchIndexOptions _options;
    private readonly object _writeLock = new();
    private volatile Generation _current;
    private bool _disposed;

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
                reason = e is LockObtainFailedException
                    ? $"index {currentName} is locked by another writer ({e.Message}); rebuilding aside"
                    : $"index {currentName} cannot be opened ({e.GetType().Name}: {e.Message}); rebuilding";
                options.Log?.Invoke(reason);
            }
        }
        else
        {
            reason = "no index yet; building";
        }

        rebuilt = true;
        var number = NextFreeNumber(options.Path, currentName);
        var fresh = Generation.Create(GenerationPath(options.Path, number), options);
        var result = new IndexGenerations(options, fresh);
        fill?.Invoke(fresh.Writer);
        fresh.CommitAndRefresh();
        WriteCurrent(options.Path, number);
        if (currentName is not null)
        {
            TryDeleteGeneration(System.IO.Path.Combine(options.Path, currentName), options);
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
            var number = _options.Path is null ? 0 : NextFreeNumber(_options.Path, System.IO.Path.GetFileName(_current.Path));
            var path = _options.Path is null ? null : GenerationPath(_options.Path, number);
            var fresh = Generation.Create(path, _options);
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
                if (path is not null)
                {
                    TryDeleteGeneration(path, _options);
                }
                throw;
            }
            var old = _current;
            _current = fresh;
            if (_options.Path is not null)
            {
                WriteCurrent(_options.Path, number);
            }
            if (old.Path is not null)
            {
                old.OnDisposed = () => TryDeleteGeneration(old.Path, _options);
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
            _current.Retire();
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

    private static void WriteCurrent(string root, int number)
    {
        var tmp = System.IO.Path.Combine(root, CurrentFile + ".tmp");
        File.WriteAllText(tmp, GenerationName(number));
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

    private static void TryDeleteGeneration(string path, SearchIndexOptions options)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            options.Log?.Invoke($"could not delete old index generation {path}: {e.Message}");
        }
    }
}
