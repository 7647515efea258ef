using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GovOpen.Search;

/// <summary>One index directory with its writer and searcher manager; reference-counted so a swap waits for readers.</summary>
internal sealed class Generation
{
    private readonly object _gate = new();
    private int _refs;
    private bool _retired;
    private bool _closed;

    /// <summary>
    /// The file a process keeps open, unshared, for as long as it uses a generation. Lucene.Net's own write lock
    /// (NativeFSLockFactory) is not seen by another process on Linux (measured: two processes both obtained it), so
    /// this is what keeps processes apart: an exclusive open fails in every other process (an unshared open is
    /// <c>flock</c> on Unix, a sharing violation on Windows) and ends with the process, so it never goes stale.
    /// </summary>
    public const string OwnerFile = "govopen.owner";

    /// <summary>The schema version a generation was built with (<see cref="SearchSchema.Version"/>).</summary>
    public const string SchemaFile = "govopen.schema";

    private FileStream? _owner;

    private Generation(LuceneDirectory dir, string? path, IndexWriter writer)
    {
        Dir = dir;
        Path = path;
        Writer = writer;
        Manager = new SearcherManager(writer, true, null);
    }

    public LuceneDirectory Dir { get; }

    /// <summary>Directory of the generation; null in memory.</summary>
    public string? Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Manager { get; }

    /// <summary>Runs once the generation is retired and its last reader is gone.</summary>
    public Action? OnDisposed { get; set; }

    /// <summary>
    /// Opens <see cref="OwnerFile"/> in <paramref name="path"/> exclusively, or returns null when another process
    /// (or another index of this one) holds it. The directory must exist.
    /// </summary>
    public static FileStream? TryHold(string path)
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(path, OwnerFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static FileStream Hold(string path) =>
        TryHold(path) ?? throw new LockObtainFailedException($"{path} is held by another process ({OwnerFile})");

    /// <summary>A new, empty generation in <paramref name="path"/> (which exists), or in memory when it is null.</summary>
    public static Generation Create(string? path, SearchIndexOptions options)
    {
        var owner = path is null ? null : Hold(path);
        LuceneDirectory? dir = null;
        try
        {
            dir = path is null ? new RAMDirectory() : FSDirectory.Open(path);
            if (path is not null)
            {
                File.WriteAllText(System.IO.Path.Combine(path, SchemaFile), SearchSchema.Version);
            }
            return new(dir, path, new IndexWriter(dir, Config(options, OpenMode.CREATE))) { _owner = owner };
        }
        catch
        {
            // Held elsewhere (or the folder cannot be written): nothing of it was touched.
            dir?.Dispose();
            owner?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the index in <paramref name="path"/>; throws when it is missing, corrupt or locked.</summary>
    public static Generation OpenExisting(string path, SearchIndexOptions options)
    {
        if (!System.IO.Directory.Exists(path))
        {
            throw new IOException($"no index found in {path}");
        }
        var schema = System.IO.Path.Combine(path, SchemaFile);
        var built = File.Exists(schema) ? File.ReadAllText(schema).Trim() : "(none)";
        if (built != SearchSchema.Version)
        {
            // Fields or analysis changed since it was built: queries would not match what it holds.
            throw new InvalidOperationException($"index built with schema {built}, this version uses {SearchSchema.Version}");
        }
        var owner = Hold(path);
        var dir = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(dir))
            {
                throw new IOException($"no index found in {path}");
            }
            if (options.VerifyOnOpen)
            {
                var status = new CheckIndex(dir).DoCheckIndex();
                if (!status.Clean)
                {
                    throw new CorruptIndexException($"CheckIndex found problems in {path}");
                }
            }
            var writer = new IndexWriter(dir, Config(options, OpenMode.APPEND));
            try
            {
                var g = new Generation(dir, path, writer) { _owner = owner };
                // Opening a reader reads every segment's metadata: a broken commit fails here.
                var s = g.Manager.Acquire();
                try
                {
                    _ = s.IndexReader.NumDocs;
                    foreach (var leaf in s.IndexReader.Leaves)
                    {
                        _ = leaf.AtomicReader.Fields;
                    }
                }
                finally
                {
                    g.Manager.Release(s);
                }
                return g;
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            dir.Dispose();
            owner.Dispose();
            throw;
        }
    }

    private static IndexWriterConfig Config(SearchIndexOptions options, OpenMode mode) => new(BigramAnalyzer.Version, Analyzers.PerField())
    {
        OpenMode = mode,
        RAMBufferSizeMB = options.RamBufferMb,
        WriteLockTimeout = 1000,
        MaxThreadStates = Math.Max(1, options.IndexingThreads),
        UseCompoundFile = false,
    };

    /// <summary>Makes what the writer holds visible to new searches (near-real-time; no commit).</summary>
    public void Refresh() => Manager.MaybeRefreshBlocking();

    /// <summary>Commits the writer, then refreshes searchers.</summary>
    public void CommitAndRefresh()
    {
        Writer.Commit();
        Refresh();
    }

    public bool TryAcquire(out IndexSearcher searcher)
    {
        lock (_gate)
        {
            if (_retired)
            {
                searcher = null!;
                return false;
            }
            _refs++;
            searcher = Manager.Acquire();
            return true;
        }
    }

    public void Release(IndexSearcher searcher)
    {
        lock (_gate)
        {
            Manager.Release(searcher);
            _refs--;
            CloseIfUnused();
        }
    }

    /// <summary>No new searches start on this generation; it closes when the last one ends.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            CloseIfUnused();
        }
    }

    private void CloseIfUnused()
    {
        if (!_retired || _refs > 0 || _closed)
        {
            return;
        }
        _closed = true;
        Manager.Dispose();
        Writer.Dispose();
        Dir.Dispose();
        _owner?.Dispose();
        OnDisposed?.Invoke();
    }
}
