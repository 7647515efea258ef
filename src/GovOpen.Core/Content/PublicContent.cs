using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;

namespace GovOpen.Core.Content;

/// <summary>
/// What the public may see on one day (<see cref="PublicSurface.Of"/>): the items that pass the gate and whose
/// ancestors all pass, with every link to anything else removed — an interpretation lists only public policies,
/// a meeting only its public agenda items and their public documents. Records are new copies; the loaded
/// <see cref="ContentSet"/> is never changed.
/// </summary>
public sealed class PublicContent
{
    /// <summary>Deeper trees are treated as broken (a cycle or a runaway import) and withheld.</summary>
    public const int MaxDepth = 64;

    private readonly ILookup<string?, ContentItem> _children;

    private PublicContent(ContentSet source, DateOnly today, IReadOnlyList<ContentItem> items)
    {
        Source = source;
        Today = today;
        Items = items;
        ById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal).ToLookup(i => i.ParentId);
        Policies = Pick(source.Policies);
        Interpretations = Pick(source.Interpretations).ToDictionary(kv => kv.Key,
            kv => kv.Value with { PolicyIds = kv.Value.PolicyIds.Where(Policies.ContainsKey).ToList() }, StringComparer.Ordinal);
        Meetings = Pick(source.Meetings).ToDictionary(kv => kv.Key, kv => kv.Value with
        {
            Items = kv.Value.PublicItems.Select(a => a with
            {
                DocumentIds = a.DocumentIdList.Where(Policies.ContainsKey).ToList(),
                InterpretationIds = a.InterpretationIdList.Where(Interpretations.ContainsKey).ToList(),
            }).ToList(),
        }, StringComparer.Ordinal);
        Fees = Pick(source.Fees);
        var byNumber = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        foreach (var p in items.Where(i => Policies.ContainsKey(i.Id)).Select(i => Policies[i.Id]))
        {
            if (p.ParsedNumber is { } n)
            {
                byNumber.TryAdd(n.CanonicalKey, p);
            }
        }
        PolicyByNumber = byNumber;
        InterpretationsByPolicy = InterpretationRules.ByPolicy(Interpretations.Values);
        Root = items.FirstOrDefault(i => i.ContentType == ContentTypes.DisclosureRoot);
    }

    public ContentSet Source { get; }

    public DateOnly Today { get; }

    /// <summary>The public items, in the order of the source.</summary>
    public IReadOnlyList<ContentItem> Items { get; }

    public IReadOnlyDictionary<string, ContentItem> ById { get; }

    public IReadOnlyDictionary<string, PolicyDocument> Policies { get; }

    public IReadOnlyDictionary<string, Interpretation> Interpretations { get; }

    public IReadOnlyDictionary<string, Meeting> Meetings { get; }

    public IReadOnlyDictionary<string, FeeItem> Fees { get; }

    /// <summary>文号 identity (<see cref="Documents.DocumentNumber.CanonicalKey"/>) → public policy (the first in source order when two share a number).</summary>
    public IReadOnlyDictionary<string, PolicyDocument> PolicyByNumber { get; }

    public ILookup<string, Interpretation> InterpretationsByPolicy { get; }

    /// <summary>The public policy a 文号 (in any written form) identifies, or null.</summary>
    public PolicyDocument? PolicyWithNumber(string? documentNumber) =>
        DocumentNumber.TryParse(documentNumber, out var n) ? PolicyByNumber.GetValueOrDefault(n!.CanonicalKey) : null;

    /// <summary>The first public 政府信息公开 root, if any.</summary>
    public ContentItem? Root { get; }

    /// <summary>Public children of an item in sort order.</summary>
    public IEnumerable<ContentItem> ChildrenOf(string? parentId) => _children[parentId];

    internal static PublicContent Build(ContentSet source, DateOnly today)
    {
        var own = source.Items.ToDictionary(i => i.Id, i => PublicSurface.MayAppear(source.Publication[i.Id], today), StringComparer.Ordinal);
        bool IsPublic(ContentItem item)
        {
            var depth = 0;
            for (var cur = item; cur is not null && depth++ < MaxDepth; cur = cur.ParentId is { } pid ? source.ById.GetValueOrDefault(pid) : null)
            {
                if (!own[cur.Id] || (cur.ParentId is { } p && !source.ById.ContainsKey(p)))
                {
                    return false; // withheld itself, or an orphan whose parent is missing
                }
            }
            return depth < MaxDepth;
        }
        return new PublicContent(source, today, source.Items.Where(IsPublic).ToList());
    }

    private Dictionary<string, T> Pick<T>(IReadOnlyDictionary<string, T> all) =>
        all.Where(kv => ById.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
