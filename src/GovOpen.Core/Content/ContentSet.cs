using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;

namespace GovOpen.Core.Content;

/// <summary>
/// Loaded content read into domain records once, with every mapping problem collected. Immutable: what the public
/// sees on a day is derived from it by <see cref="Disclosure.PublicSurface.Of"/>, never by editing it.
/// </summary>
public sealed class ContentSet
{
    private readonly ILookup<string?, ContentItem> _children;

    private ContentSet(PackageManifest manifest, IReadOnlyList<ContentItem> items, IReadOnlyList<Issue> problems)
    {
        Manifest = manifest;
        Items = items;
        ById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal).ToLookup(i => i.ParentId);
        var found = problems.ToList();
        var policies = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        var interpretations = new Dictionary<string, Interpretation>(StringComparer.Ordinal);
        var meetings = new Dictionary<string, Meeting>(StringComparer.Ordinal);
        var fees = new Dictionary<string, FeeItem>(StringComparer.Ordinal);
        var publication = new Dictionary<string, Disclosure.IPublicationCandidate>(StringComparer.Ordinal);
        // Each item is read on its own (no shared state), so the items are read in parallel — the start-up time of a
        // large site — and gathered in their order, so the records and the problems do not depend on timing.
        var read = new (object Record, List<Issue> Found)[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var item = items[i];
            var own = new List<Issue>();
            read[i] = (item.ContentType switch
            {
                ContentTypes.PolicyDocument => ContentMapper.ToPolicy(item, own),
                ContentTypes.PolicyInterpretation => ContentMapper.ToInterpretation(item, own),
                ContentTypes.Meeting => ContentMapper.ToMeeting(item, own),
                ContentTypes.FeeItem => ContentMapper.ToFee(item, own),
                _ => ContentMapper.Publication(item, new ReadContext(item.Id, own)),
            }, own);
        });
        for (var i = 0; i < items.Count; i++)
        {
            var (id, (record, own)) = (items[i].Id, read[i]);
            found.AddRange(own);
            publication[id] = (Disclosure.IPublicationCandidate)record;
            switch (record)
            {
                case PolicyDocument p:
                    policies[id] = p;
                    break;
                case Interpretation x:
                    interpretations[id] = x;
                    break;
                case Meeting m:
                    meetings[id] = m;
                    break;
                case FeeItem f:
                    fees[id] = f;
                    break;
            }
        }
        Policies = policies;
        Interpretations = interpretations;
        Meetings = meetings;
        Fees = fees;
        Publication = publication;
        Problems = found;
        InterpretationsByPolicy = InterpretationRules.ByPolicy(interpretations.Values);
    }

    public PackageManifest Manifest { get; }

    public IReadOnlyList<ContentItem> Items { get; }

    public IReadOnlyDictionary<string, ContentItem> ById { get; }

    public IReadOnlyDictionary<string, PolicyDocument> Policies { get; }

    public IReadOnlyDictionary<string, Interpretation> Interpretations { get; }

    public IReadOnlyDictionary<string, Meeting> Meetings { get; }

    public IReadOnlyDictionary<string, FeeItem> Fees { get; }

    /// <summary>Every item's disclosure and 发布日期 (the domain record itself for the four domain types).</summary>
    public IReadOnlyDictionary<string, Disclosure.IPublicationCandidate> Publication { get; }

    /// <summary>Problems of loading and mapping: problems passed in first, then one per bad value.</summary>
    public IReadOnlyList<Issue> Problems { get; }

    /// <summary>policy id → interpretations pointing at it.</summary>
    public ILookup<string, Interpretation> InterpretationsByPolicy { get; }

    /// <summary>
    /// Reads items into a set. An unusable item (<see cref="ContentItemCheck"/>) is reported and left out, and of two
    /// items with the same id (a Delivery API paging race) the first is kept and the second reported: one bad item
    /// never takes the others down.
    /// </summary>
    public static ContentSet From(PackageManifest manifest, IReadOnlyList<ContentItem> items, IReadOnlyList<Issue>? problems = null)
    {
        var found = (problems ?? []).ToList();
        var usable = new List<ContentItem>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (ContentItemCheck.Problem(item, item?.Id ?? "(no id)") is { } problem)
            {
                found.Add(problem);
            }
            else if (!seen.Add(item!.Id))
            {
                found.Add(Issue.Warn("id", "duplicate", $"{item.Id}：重复的条目已忽略，保留第一条", $"{item.Id}: a duplicate item was ignored; the first is kept."));
            }
            else
            {
                usable.Add(item);
            }
        }
        return new(manifest, usable, found);
    }

    /// <summary>Children of an item in sort order.</summary>
    public IEnumerable<ContentItem> ChildrenOf(string? parentId) => _children[parentId];

    public ContentItem? ByRoute(string path)
    {
        var p = path.EndsWith('/') ? path : path + "/";
        return Items.FirstOrDefault(i => string.Equals(i.Route.Path, p, StringComparison.OrdinalIgnoreCase));
    }
}
