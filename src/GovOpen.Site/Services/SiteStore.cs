using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Packaging;
using Microsoft.Win32.SafeHandles;

namespace GovOpen.Site.Services;

/// <summary>
/// A copy on disk of what one snapshot served — Core's public content of one day for one state of a content
/// package — so that a restart on the same package and day opens it instead of reading, mapping and gating every
/// item again. The copy holds only public items (after <see cref="Core.Disclosure.PublicSurface.Of"/>: nothing
/// withheld, scheduled or drafted, no reference to such an item, and not the source's mapping problems, which name
/// withheld items too), each item's JSON as the package writes it (<c>items.bin</c>), and in <c>snapshot.bin</c> what
/// walking the whole content needs without reading items: item heads, the tree, 文号 identities, the pairing of
/// interpretations, the media gate's set and the search index's name and documents. Items are read from it one at a
/// time when a page first needs them.
/// <para>
/// There is one copy per package folder, day and build of the site (<see cref="KeyOf"/>), and it records the state of
/// the package it was made from (<see cref="PackageContentSource.Fingerprint"/>): it is served only for that state on
/// that day, since what may appear changes with both. A newer state's copy replaces it.
/// </para>
/// </summary>
public static class SiteStore
{
    /// <summary>Store folders start with this; nothing else under the index root does.</summary>
    public const string Prefix = "snapshot-";

    private const string MetaFile = "snapshot.bin";
    private const string ItemsFile = "items.bin";
    private const int FormatVersion = 2;
    private const string Magic = "govopen-site-snapshot";

    /// <summary>The name of the copy for a package (its full path) on a day, made by this build.</summary>
    public static string KeyOf(string packagePath, DateOnly day)
    {
        var text = string.Join('\n', FormatVersion, Path.TrimEndingDirectorySeparator(Path.GetFullPath(packagePath)), day.ToString("O"),
            typeof(SiteStore).Assembly.ManifestModule.ModuleVersionId,
            typeof(ContentItem).Assembly.ManifestModule.ModuleVersionId,
            typeof(ContentPackage).Assembly.ManifestModule.ModuleVersionId,
            typeof(GovOpen.Search.GovSearchIndex).Assembly.ManifestModule.ModuleVersionId);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
    }

    /// <summary>
    /// Writes the copy of <paramref name="view"/>, made from the package in the state <paramref name="fingerprint"/>,
    /// under <paramref name="root"/> as <paramref name="key"/> (into a folder of its own, renamed into place when
    /// complete, so a copy that exists is whole), replacing an older copy of that name, then removes other copies.
    /// </summary>
    public static void Write(string root, string key, string fingerprint, IPublicView view, string? indexIdentity, IReadOnlyList<string> documentIds)
    {
        var final = Path.Combine(root, key);
        var tmp = Path.Combine(root, $".{key}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(tmp);
        try
        {
            var heads = view.Heads;
            var index = new Dictionary<string, int>(heads.Count, StringComparer.Ordinal);
            for (var i = 0; i < heads.Count; i++)
            {
                index[heads[i].Id] = i;
            }
            var spans = new (long Offset, int Length)[heads.Count];
            using (var items = new FileStream(Path.Combine(tmp, ItemsFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                for (var i = 0; i < heads.Count; i++)
                {
                    var bytes = JsonSerializer.SerializeToUtf8Bytes(view.ById[heads[i].Id], ContentPackage.Json);
                    spans[i] = (items.Position, bytes.Length);
                    items.Write(bytes);
                }
            }
            using (var file = new FileStream(Path.Combine(tmp, MetaFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(file, Encoding.UTF8))
            {
                w.Write(Magic);
                w.Write(FormatVersion);
                w.Write(key);
                w.Write(fingerprint);
                w.Write(view.Today.DayNumber);
                w.Write(JsonSerializer.Serialize(view.Manifest, ContentPackage.Json));
                WriteOptional(w, indexIdentity);
                w.Write(heads.Count);
                for (var i = 0; i < heads.Count; i++)
                {
                    var h = heads[i];
                    w.Write(h.Id);
                    w.Write(h.ContentType);
                    w.Write(h.Name);
                    w.Write(h.Route.Path);
                    WriteOptional(w, h.Route.StartItem?.Id);
                    WriteOptional(w, h.Route.StartItem?.Path);
                    WriteOptional(w, h.ParentId);
                    w.Write(h.SortOrder);
                    WriteTime(w, h.CreateDate);
                    WriteTime(w, h.UpdateDate);
                    w.Write(h.Published?.DayNumber ?? -1);
                    w.Write(spans[i].Offset);
                    w.Write(spans[i].Length);
                }
                // The tree as the view orders it (the top first), each parent and child by its place in the heads.
                var parents = heads.Select(h => h.Id).Prepend(null).Select(p => (Parent: p, Children: view.ChildHeadsOf(p).Select(c => index[c.Id]).ToArray()))
                    .Where(x => x.Children.Length > 0).ToList();
                w.Write(parents.Count);
                foreach (var (parent, children) in parents)
                {
                    w.Write(parent is null ? -1 : index[parent]);
                    WriteIndexes(w, children);
                }
                w.Write(view.PolicyByNumber.Count);
                foreach (var (number, policy) in view.PolicyByNumber)
                {
                    w.Write(number);
                    w.Write(index[policy.Id]);
                }
                var pairs = view.InterpretationsByPolicy.ToList();
                w.Write(pairs.Count);
                foreach (var g in pairs)
                {
                    w.Write(index[g.Key]);
                    WriteIndexes(w, g.Select(i => index[i.Id]).ToArray());
                }
                var media = view.MediaReferences.Order(StringComparer.Ordinal).ToList();
                w.Write(media.Count);
                media.ForEach(w.Write);
                WriteIndexes(w, documentIds.Select(id => index[id]).ToArray());
                w.Write(Magic);
            }
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true); // a copy of an older state of the package (its items stay readable to a snapshot that has them open)
            }
            Directory.Move(tmp, final);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
        Sweep(root, keep: key);
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteTime(BinaryWriter w, DateTimeOffset t)
    {
        w.Write(t.Ticks);
        w.Write((short)t.Offset.TotalMinutes);
    }

    private static DateTimeOffset ReadTime(BinaryReader r)
    {
        var ticks = r.ReadInt64();
        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(r.ReadInt16()));
    }

    private static void WriteIndexes(BinaryWriter w, int[] indexes)
    {
        w.Write(indexes.Length);
        foreach (var i in indexes)
        {
            w.Write(i);
        }
    }

    /// <summary>
    /// Opens the copy named <paramref name="key"/>, or returns null when there is none. The caller serves it only if
    /// it was made from the package's current state (<see cref="StoredPublicView.Fingerprint"/>). Throws
    /// <see cref="InvalidDataException"/> when it exists but cannot be used (the caller loads the package instead).
    /// </summary>
    public static StoredPublicView? Open(string root, string key, long cacheBudget = StoredPublicView.DefaultCacheBudget)
    {
        var dir = Path.Combine(root, key);
        var metaPath = Path.Combine(dir, MetaFile);
        if (!File.Exists(metaPath))
        {
            return null;
        }
        StoreMeta meta;
        try
        {
            using var stream = new FileStream(metaPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != key)
            {
                throw new InvalidDataException("not the copy its name stands for");
            }
            meta = ReadMeta(r, r.ReadString());
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or JsonException or ArgumentException or IndexOutOfRangeException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"The site snapshot {dir} cannot be used: {e.Message}", e);
        }
        var handle = File.OpenHandle(Path.Combine(dir, ItemsFile), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var end = meta.Heads.Length == 0 ? 0 : meta.Heads.Max(h => h.Offset + h.Length);
        if (RandomAccess.GetLength(handle) != end)
        {
            handle.Dispose();
            throw new InvalidDataException($"The site snapshot {dir} cannot be used: its items are not whole.");
        }
        return new StoredPublicView(meta, handle, dir, cacheBudget);
    }

    private static StoreMeta ReadMeta(BinaryReader r, string fingerprint)
    {
        var today = DateOnly.FromDayNumber(r.ReadInt32());
        var manifest = JsonSerializer.Deserialize<PackageManifest>(r.ReadString(), ContentPackage.Json) ?? throw new InvalidDataException("no manifest");
        var identity = ReadOptional(r);
        if (identity is not null && !GovOpen.Search.IndexIdentity.IsIdentity(identity))
        {
            throw new InvalidDataException("it names no search index"); // a folder name of the index root, nothing else
        }
        var count = r.ReadInt32();
        var heads = new StoredHead[count];
        var types = new Dictionary<string, string>(StringComparer.Ordinal); // a few types, each string kept once
        for (var i = 0; i < count; i++)
        {
            var id = r.ReadString();
            var type = r.ReadString();
            type = types.TryGetValue(type, out var known) ? known : types[type] = type;
            var name = r.ReadString();
            var path = r.ReadString();
            var startId = ReadOptional(r);
            var startPath = ReadOptional(r);
            var parent = ReadOptional(r);
            var sort = r.ReadInt32();
            var created = ReadTime(r);
            var updated = ReadTime(r);
            var published = r.ReadInt32();
            var offset = r.ReadInt64();
            var length = r.ReadInt32();
            if (offset < 0 || length < 0)
            {
                throw new InvalidDataException($"item {id} has no place");
            }
            var route = new ContentRoute(path, startId is null || startPath is null ? null : new RouteStartItem(startId, startPath));
            heads[i] = new StoredHead(new ItemHead(id, type, name, route, parent, sort, created, updated, published < 0 ? null : DateOnly.FromDayNumber(published)), offset, length);
        }
        int Index(int i) => i >= 0 && i < count ? i : throw new InvalidDataException($"index {i} out of range");
        int[] Indexes()
        {
            var n = r.ReadInt32();
            var list = new int[n];
            for (var i = 0; i < n; i++)
            {
                list[i] = Index(r.ReadInt32());
            }
            return list;
        }
        var children = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var parent = r.ReadInt32();
            children[parent == -1 ? "" : heads[Index(parent)].Head.Id] = Indexes();
        }
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var number = r.ReadString();
            numbers[number] = Index(r.ReadInt32());
        }
        var pairs = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var policy = Index(r.ReadInt32());
            pairs[heads[policy].Head.Id] = Indexes();
        }
        var media = new List<string>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            media.Add(r.ReadString());
        }
        var documents = Indexes();
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("no end mark");
        }
        return new StoreMeta(fingerprint, today, manifest, identity, heads, children, numbers, pairs, media, documents);
    }

    /// <summary>Removes the copies under <paramref name="root"/> other than <paramref name="keep"/>, and unfinished ones.</summary>
    public static void Sweep(string root, string? keep)
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(root))
            {
                var name = Path.GetFileName(dir);
                // An open copy's items stay readable once removed (the open handle keeps the file): a snapshot still
                // serving from an older copy is not disturbed.
                if ((name.StartsWith(Prefix, StringComparison.Ordinal) && name != keep) || (name.StartsWith("." + Prefix, StringComparison.Ordinal) && Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1)))
                {
                    TryDelete(dir);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left for the next sweep
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left for the next sweep
        }
    }

    /// <summary>What a copy says besides its items. Children, pairings and documents are places in <see cref="Heads"/>.</summary>
    internal sealed record StoreMeta(
        string Fingerprint,
        DateOnly Today,
        PackageManifest Manifest,
        string? IndexIdentity,
        StoredHead[] Heads,
        Dictionary<string, int[]> Children,
        Dictionary<string, int> Numbers,
        Dictionary<string, int[]> InterpretationsByPolicy,
        List<string> Media,
        int[] DocumentIds);

    internal sealed record StoredHead(ItemHead Head, long Offset, int Length);
}

/// <summary>
/// The public content of one day read back from a <see cref="SiteStore"/> copy. Walking the content (routes, the
/// tree, types) needs no item; an item is read and parsed when first asked for, and its record is read from it by
/// Core's mapping (<see cref="ContentMapper"/>) — the items of a public surface say what its records say, so the
/// records are the ones Core made.
/// </summary>
public sealed class StoredPublicView : IPublicView, IDisposable
{
    private readonly SafeFileHandle _items;
    private readonly Dictionary<string, int> _heads;
    private readonly Dictionary<string, int[]> _children;

    /// <summary>What a stored snapshot keeps of the items it has read, and again of their records (estimated bytes).</summary>
    public const long DefaultCacheBudget = 64L * 1024 * 1024;

    private readonly LazyMap<ContentItem> _byId;

    /// <summary>How many items read from the copy are kept in memory now.</summary>
    public int ItemsKept => _byId.Kept;

    internal StoredPublicView(SiteStore.StoreMeta meta, SafeFileHandle items, string directory, long cacheBudget = DefaultCacheBudget)
    {
        _items = items;
        Directory = directory;
        Today = meta.Today;
        Manifest = meta.Manifest;
        // The source's mapping problems name withheld items too: logged when the copy was made, never kept in it.
        Problems = [];
        IndexIdentity = meta.IndexIdentity;
        Fingerprint = meta.Fingerprint;
        var stored = meta.Heads;
        _stored = stored;
        Heads = stored.Select(h => h.Head).ToArray();
        var ids = Heads.Select(h => h.Id).ToArray();
        _heads = new Dictionary<string, int>(stored.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            _heads.TryAdd(ids[i], i);
        }
        DocumentIds = meta.DocumentIds.Select(i => ids[i]).ToArray();
        // Items and records read are kept within a budget each, estimated from the item's JSON (a parsed item takes
        // a few times its UTF-8 size; a record, its strings as UTF-16): memory does not grow with the pages a crawl reads.
        long SizeOf(string id) => _heads.TryGetValue(id, out var i) ? 3L * _stored[i].Length + 256 : 256;
        _byId = new LazyMap<ContentItem>(ids, _heads.ContainsKey, Read, keep: new BoundedMemo<ContentItem>(cacheBudget, (id, _) => SizeOf(id)));
        ById = _byId;
        Items = new KeyedList<ContentItem>(ids, ById);
        var records = new BoundedMemo<object>(cacheBudget, (id, _) => SizeOf(id));
        LazyMap<TRecord> Records<TRecord>(string type, Func<ContentItem, TRecord> map) where TRecord : class =>
            new(Heads.Where(h => h.ContentType == type).Select(h => h.Id).ToList(), id => _heads.TryGetValue(id, out var i) && Heads[i].ContentType == type, id => (TRecord)records.GetOrAdd(id, static x => (object)x.Map(x.Items[x.Id]), (Map: map, Items: ById, Id: id)));
        Policies = Records(ContentTypes.PolicyDocument, i => ContentMapper.ToPolicy(i, []));
        Interpretations = Records(ContentTypes.PolicyInterpretation, i => ContentMapper.ToInterpretation(i, []));
        Meetings = Records(ContentTypes.Meeting, i => ContentMapper.ToMeeting(i, []));
        Fees = Records(ContentTypes.FeeItem, i => ContentMapper.ToFee(i, []));
        var numbers = meta.Numbers;
        PolicyByNumber = new LazyMap<PolicyDocument>(numbers.Keys.ToList(), numbers.ContainsKey, key => Policies[ids[numbers[key]]]);
        InterpretationsByPolicy = new KeyedLookup<Interpretation>(meta.InterpretationsByPolicy.ToDictionary(kv => kv.Key, kv => kv.Value.Select(i => ids[i]).ToArray(), StringComparer.Ordinal), Interpretations);
        MediaReferences = meta.Media.ToHashSet(StringComparer.Ordinal);
        _children = meta.Children;
        _root = Heads.FirstOrDefault(h => h.ContentType == ContentTypes.DisclosureRoot)?.Id;
    }

    private readonly SiteStore.StoredHead[] _stored;
    private readonly string? _root;

    /// <summary>The folder the copy is in.</summary>
    public string Directory { get; }

    /// <summary>The state of the package the copy was made from (<see cref="PackageContentSource.Fingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>The folder name of the search index the snapshot that wrote the copy opened (null: in memory).</summary>
    public string? IndexIdentity { get; }

    /// <summary>The ids of the documents that index holds.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    public DateOnly Today { get; }
    public PackageManifest Manifest { get; }
    public IReadOnlyList<Issue> Problems { get; }
    public IReadOnlyList<ItemHead> Heads { get; }
    public IReadOnlyList<ContentItem> Items { get; }
    public IReadOnlyDictionary<string, ContentItem> ById { get; }
    public IReadOnlyDictionary<string, PolicyDocument> Policies { get; }
    public IReadOnlyDictionary<string, Interpretation> Interpretations { get; }
    public IReadOnlyDictionary<string, Meeting> Meetings { get; }
    public IReadOnlyDictionary<string, FeeItem> Fees { get; }
    public IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber { get; }
    public ILookup<string, Interpretation> InterpretationsByPolicy { get; }
    public ContentItem? Root => _root is null ? null : ById[_root];
    public IReadOnlySet<string> MediaReferences { get; }

    public IEnumerable<ContentItem> ChildrenOf(string? parentId) => ChildHeadsOf(parentId).Select(h => ById[h.Id]);

    public IEnumerable<ItemHead> ChildHeadsOf(string? parentId) => (_children.GetValueOrDefault(parentId ?? "") ?? []).Select(i => _stored[i].Head);

    public ItemHead? HeadOf(string id) => _heads.TryGetValue(id, out var i) ? _stored[i].Head : null;

    private int _read;

    /// <summary>How many items have been read from the copy so far.</summary>
    public int ItemsRead => Volatile.Read(ref _read);

    private ContentItem Read(string id)
    {
        Interlocked.Increment(ref _read);
        var head = _stored[_heads[id]];
        var buffer = new byte[head.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(_items, buffer.AsSpan(read), head.Offset + read);
            if (n == 0)
            {
                throw new InvalidDataException($"The site snapshot {Directory} ends inside item {id}.");
            }
            read += n;
        }
        var item = JsonSerializer.Deserialize<ContentItem>(buffer, ContentPackage.Json)
            ?? throw new InvalidDataException($"The site snapshot {Directory} holds an empty item {id}.");
        return item.Id == id ? item : throw new InvalidDataException($"The site snapshot {Directory} holds {item.Id} where {id} belongs.");
    }

    public void Dispose() => _items.Dispose();
}
