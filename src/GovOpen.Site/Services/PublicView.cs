using System.Collections;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;

namespace GovOpen.Site.Services;

/// <summary>
/// What a snapshot of the site reads: Core's <see cref="PublicContent"/> of one day, either in memory as Core made it
/// (<see cref="MemoryPublicView"/>) or read back item by item from the copy a <see cref="SiteStore"/> kept of it
/// (<see cref="StoredPublicView"/>). Both hold exactly the same items and records; neither decides anything.
/// </summary>
public interface IPublicView
{
    DateOnly Today { get; }

    PackageManifest Manifest { get; }

    /// <summary>Mapping problems of the source (for logs).</summary>
    IReadOnlyList<Issue> Problems { get; }

    /// <summary>Every public item without its properties, in the order of the source (cheap to walk).</summary>
    IReadOnlyList<ItemHead> Heads { get; }

    /// <summary>The public items in the order of the source.</summary>
    IReadOnlyList<ContentItem> Items { get; }

    IReadOnlyDictionary<string, ContentItem> ById { get; }

    IReadOnlyDictionary<string, PolicyDocument> Policies { get; }

    IReadOnlyDictionary<string, Interpretation> Interpretations { get; }

    IReadOnlyDictionary<string, Meeting> Meetings { get; }

    IReadOnlyDictionary<string, FeeItem> Fees { get; }

    /// <summary>文号 identity (<see cref="DocumentNumber.CanonicalKey"/>) → public policy.</summary>
    IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber { get; }

    ILookup<string, Interpretation> InterpretationsByPolicy { get; }

    ContentItem? Root { get; }

    /// <summary>The local media files public items reference (<see cref="MediaReferences.KeyOf"/> keys).</summary>
    IReadOnlySet<string> MediaReferences { get; }

    /// <summary>Public children of an item in sort order.</summary>
    IEnumerable<ContentItem> ChildrenOf(string? parentId);

    /// <summary>The same children as <see cref="ChildrenOf"/>, without their properties.</summary>
    IEnumerable<ItemHead> ChildHeadsOf(string? parentId);

    /// <summary>A public item's head, or null.</summary>
    ItemHead? HeadOf(string id);

    /// <summary>The public policy a 文号 (in any written form) identifies, or null.</summary>
    PolicyDocument? PolicyWithNumber(string? documentNumber) =>
        DocumentNumber.TryParse(documentNumber, out var n) ? PolicyByNumber.GetValueOrDefault(n!.CanonicalKey) : null;
}

/// <summary>
/// An item without its properties: what walking the whole content needs (routes, the tree, types), and the 发布日期
/// of its record (policy, interpretation, meeting or fee; null for other items or when the record has none).
/// </summary>
public sealed record ItemHead(string Id, string ContentType, string Name, ContentRoute Route, string? ParentId, int SortOrder, DateTimeOffset CreateDate, DateTimeOffset UpdateDate, DateOnly? Published) : IContentNode;

/// <summary>Core's public content as Core made it, in memory.</summary>
public sealed class MemoryPublicView(PublicContent content) : IPublicView
{
    public PublicContent Content { get; } = content;

    private IReadOnlyList<ItemHead>? _heads;
    private Dictionary<string, ItemHead>? _headsById;

    public DateOnly Today => Content.Today;
    public PackageManifest Manifest => Content.Source.Manifest;
    public IReadOnlyList<Issue> Problems => Content.Source.Problems;
    public IReadOnlyList<ItemHead> Heads => _heads ??= Content.Items.Select(i => new ItemHead(i.Id, i.ContentType, i.Name, i.Route, i.ParentId, i.SortOrder, i.CreateDate, i.UpdateDate,
        Content.Policies.GetValueOrDefault(i.Id)?.PublishedDate ?? Content.Interpretations.GetValueOrDefault(i.Id)?.PublishedDate
        ?? Content.Meetings.GetValueOrDefault(i.Id)?.PublishedDate ?? Content.Fees.GetValueOrDefault(i.Id)?.PublishedDate)).ToList();
    public IReadOnlyList<ContentItem> Items => Content.Items;
    public IReadOnlyDictionary<string, ContentItem> ById => Content.ById;
    public IReadOnlyDictionary<string, PolicyDocument> Policies => Content.Policies;
    public IReadOnlyDictionary<string, Interpretation> Interpretations => Content.Interpretations;
    public IReadOnlyDictionary<string, Meeting> Meetings => Content.Meetings;
    public IReadOnlyDictionary<string, FeeItem> Fees => Content.Fees;
    public IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber => Content.PolicyByNumber;
    public ILookup<string, Interpretation> InterpretationsByPolicy => Content.InterpretationsByPolicy;
    public ContentItem? Root => Content.Root;
    public IReadOnlySet<string> MediaReferences => Content.MediaReferences;
    public IEnumerable<ContentItem> ChildrenOf(string? parentId) => Content.ChildrenOf(parentId);
    public IEnumerable<ItemHead> ChildHeadsOf(string? parentId) => Content.ChildrenOf(parentId).Select(i => HeadOf(i.Id)!);
    public ItemHead? HeadOf(string id) => (_headsById ??= Heads.ToDictionary(h => h.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
    public PolicyDocument? PolicyWithNumber(string? documentNumber) => Content.PolicyWithNumber(documentNumber);
}

/// <summary>
/// A read-only map over a fixed list of keys whose values are made on first use; whether a key is in it is asked of
/// the index the caller already has (<paramref name="contains"/>), so no second set of the keys is built. With
/// <paramref name="keep"/> values are kept in it (a bounded memo: a crawl of every page of a large site does not keep
/// every item read); without, each lookup makes the value again (for a map over another map that keeps them). Two
/// threads asking for the same key at once may each make it; one of the two is kept.
/// </summary>
internal sealed class LazyMap<T>(IReadOnlyList<string> keys, Func<string, bool> contains, Func<string, T> make, BoundedMemo<T>? keep = null)
    : IReadOnlyDictionary<string, T> where T : class
{
    /// <summary>How many values are kept now.</summary>
    public int Kept => keep?.Count ?? 0;

    public T this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => keys;

    public IEnumerable<T> Values => keys.Select(k => this[k]);

    public int Count => keys.Count;

    public bool ContainsKey(string key) => contains(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (!contains(key))
        {
            value = default;
            return false;
        }
        value = keep is null ? make(key) : keep.GetOrAdd(key, make, key);
        return true;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => keys.Select(k => KeyValuePair.Create(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list whose elements are looked up by key on use.</summary>
internal sealed class KeyedList<T>(IReadOnlyList<string> keys, IReadOnlyDictionary<string, T> map) : IReadOnlyList<T>
{
    public T this[int index] => map[keys[index]];

    public int Count => keys.Count;

    public IEnumerator<T> GetEnumerator() => keys.Select(k => map[k]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A lookup over stored key → ids, its elements looked up on use.</summary>
internal sealed class KeyedLookup<T>(IReadOnlyDictionary<string, string[]> ids, IReadOnlyDictionary<string, T> map) : ILookup<string, T>
{
    public IEnumerable<T> this[string key] => ids.TryGetValue(key, out var list) ? list.Select(id => map[id]) : [];

    public int Count => ids.Count;

    public bool Contains(string key) => ids.ContainsKey(key);

    public IEnumerator<IGrouping<string, T>> GetEnumerator() =>
        ids.Select(kv => kv.Value.Select(id => (kv.Key, Value: map[id])).GroupBy(x => x.Key, x => x.Value).Single()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
