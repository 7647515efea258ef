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
/// withheld items too), each item's JSON as the package writes it, and
/// what walking the whole content needs without reading items: routes and the tree, 文号 identities, the pairing of
/// interpretations, the media gate's set and the search index's name. Items are read from it one at a time when a
/// page first needs them.
/// <para>
/// A copy is named by its key (<see cref="KeyOf"/>): the package's folder and fingerprint, the agency's day and the
/// code that made it. Anything else — another day, a changed package, a new version of the site — names another copy,
/// so an old copy is never served; the day matters because what may appear changes with it.
/// </para>
/// </summary>
public static class SiteStore
{
    /// <summary>Store folders start with this; nothing else under the index root does.</summary>
    public const string Prefix = "snapshot-";

    private const string MetaFile = "snapshot.json";
    private const string ItemsFile = "items.bin";
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions MetaJson = new(ContentPackage.Json) { WriteIndented = false };

    /// <summary>The name of the copy for a package (its full path and fingerprint) on a day, made by this build.</summary>
    public static string KeyOf(string packagePath, string fingerprint, DateOnly day)
    {
        var text = string.Join('\n', FormatVersion, Path.GetFullPath(packagePath), fingerprint, day.ToString("O"),
            typeof(SiteStore).Assembly.ManifestModule.ModuleVersionId,
            typeof(ContentItem).Assembly.ManifestModule.ModuleVersionId,
            typeof(ContentPackage).Assembly.ManifestModule.ModuleVersionId,
            typeof(GovOpen.Search.GovSearchIndex).Assembly.ManifestModule.ModuleVersionId);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
    }

    /// <summary>
    /// Writes the copy of <paramref name="view"/> under <paramref name="root"/> as <paramref name="key"/> (into a
    /// folder of its own, renamed into place when complete, so a copy that exists is whole), then removes older copies.
    /// </summary>
    public static void Write(string root, string key, IPublicView view, string? indexIdentity, IReadOnlyList<string> documentIds)
    {
        var final = Path.Combine(root, key);
        if (Directory.Exists(final))
        {
            return;
        }
        var tmp = Path.Combine(root, $".{key}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(tmp);
        try
        {
            var heads = new List<StoredHead>(view.Heads.Count);
            using (var items = new FileStream(Path.Combine(tmp, ItemsFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                foreach (var head in view.Heads)
                {
                    var bytes = JsonSerializer.SerializeToUtf8Bytes(view.ById[head.Id], ContentPackage.Json);
                    heads.Add(new StoredHead(head, items.Position, bytes.Length));
                    items.Write(bytes);
                }
            }
            var meta = new StoreMeta
            {
                Version = FormatVersion,
                Key = key,
                Today = view.Today,
                Manifest = view.Manifest,
                Heads = heads,
                Children = view.Heads.Select(h => h.Id).Prepend(null).Select(p => (Parent: p ?? "", Ids: view.ChildHeadsOf(p).Select(c => c.Id).ToArray()))
                    .Where(x => x.Ids.Length > 0).ToDictionary(x => x.Parent, x => x.Ids, StringComparer.Ordinal),
                Numbers = view.PolicyByNumber.ToDictionary(kv => kv.Key, kv => kv.Value.Id, StringComparer.Ordinal),
                InterpretationsByPolicy = view.InterpretationsByPolicy.ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToArray(), StringComparer.Ordinal),
                Media = view.MediaReferences.Order(StringComparer.Ordinal).ToList(),
                IndexIdentity = indexIdentity,
                DocumentIds = documentIds.ToList(),
            };
            using (var metaFile = new FileStream(Path.Combine(tmp, MetaFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                JsonSerializer.Serialize(metaFile, meta, MetaJson);
            }
            Directory.Move(tmp, final);
        }
        catch
        {
            TryDelete(tmp);
            if (Directory.Exists(final))
            {
                return; // another process wrote the same copy first
            }
            throw;
        }
        Sweep(root, keep: key);
    }

    /// <summary>
    /// Opens the copy named <paramref name="key"/>, or returns null when there is none. Throws
    /// <see cref="InvalidDataException"/> when it exists but cannot be used (the caller loads the package instead).
    /// </summary>
    public static StoredPublicView? Open(string root, string key)
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
            meta = JsonSerializer.Deserialize<StoreMeta>(stream, MetaJson) ?? throw new InvalidDataException("empty");
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"The site snapshot {dir} cannot be read: {e.Message}", e);
        }
        if (meta.Version != FormatVersion || meta.Key != key || meta.Heads is null || meta.Manifest is null)
        {
            throw new InvalidDataException($"The site snapshot {dir} is not the copy its name stands for.");
        }
        var handle = File.OpenHandle(Path.Combine(dir, ItemsFile), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var end = meta.Heads.Count == 0 ? 0 : meta.Heads.Max(h => h.Offset + h.Length);
        if (RandomAccess.GetLength(handle) != end)
        {
            handle.Dispose();
            throw new InvalidDataException($"The site snapshot {dir} is incomplete.");
        }
        return new StoredPublicView(meta, handle, dir);
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

    internal sealed class StoreMeta
    {
        public int Version { get; set; }
        public string Key { get; set; } = "";
        public DateOnly Today { get; set; }
        public PackageManifest? Manifest { get; set; }
        public List<StoredHead>? Heads { get; set; }
        /// <summary>Parent id ("" for the top) → its public children in sort order.</summary>
        public Dictionary<string, string[]> Children { get; set; } = [];
        public Dictionary<string, string> Numbers { get; set; } = [];
        public Dictionary<string, string[]> InterpretationsByPolicy { get; set; } = [];
        public List<string> Media { get; set; } = [];
        public string? IndexIdentity { get; set; }
        public List<string> DocumentIds { get; set; } = [];
    }

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
    private readonly Dictionary<string, SiteStore.StoredHead> _heads;
    private readonly Dictionary<string, string[]> _children;

    internal StoredPublicView(SiteStore.StoreMeta meta, SafeFileHandle items, string directory)
    {
        _items = items;
        Directory = directory;
        Today = meta.Today;
        Manifest = meta.Manifest!;
        // The source's mapping problems name withheld items too: logged when the copy was made, never kept in it.
        Problems = [];
        IndexIdentity = meta.IndexIdentity;
        DocumentIds = meta.DocumentIds;
        var stored = meta.Heads!;
        Heads = stored.Select(h => h.Head).ToList();
        _heads = stored.ToDictionary(h => h.Head.Id, StringComparer.Ordinal);
        var ids = Heads.Select(h => h.Id).ToList();
        ById = new LazyMap<ContentItem>(ids, Read);
        Items = new KeyedList<ContentItem>(ids, ById);
        List<string> OfType(string type) => Heads.Where(h => h.ContentType == type).Select(h => h.Id).ToList();
        Policies = new LazyMap<PolicyDocument>(OfType(ContentTypes.PolicyDocument), id => ContentMapper.ToPolicy(ById[id], []));
        Interpretations = new LazyMap<Interpretation>(OfType(ContentTypes.PolicyInterpretation), id => ContentMapper.ToInterpretation(ById[id], []));
        Meetings = new LazyMap<Meeting>(OfType(ContentTypes.Meeting), id => ContentMapper.ToMeeting(ById[id], []));
        Fees = new LazyMap<FeeItem>(OfType(ContentTypes.FeeItem), id => ContentMapper.ToFee(ById[id], []));
        var numbers = meta.Numbers;
        PolicyByNumber = new LazyMap<PolicyDocument>(numbers.Keys.ToList(), key => Policies[numbers[key]]);
        InterpretationsByPolicy = new KeyedLookup<Interpretation>(meta.InterpretationsByPolicy, Interpretations);
        MediaReferences = meta.Media.ToHashSet(StringComparer.Ordinal);
        _children = meta.Children;
        _root = Heads.FirstOrDefault(h => h.ContentType == ContentTypes.DisclosureRoot)?.Id;
    }

    private readonly string? _root;

    /// <summary>The folder the copy is in.</summary>
    public string Directory { get; }

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

    public IEnumerable<ContentItem> ChildrenOf(string? parentId) => ChildIds(parentId).Select(id => ById[id]);

    public IEnumerable<ItemHead> ChildHeadsOf(string? parentId) => ChildIds(parentId).Select(id => _heads[id].Head);

    private string[] ChildIds(string? parentId) => _children.GetValueOrDefault(parentId ?? "") ?? [];

    private ContentItem Read(string id)
    {
        var head = _heads[id];
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
