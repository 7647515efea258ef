using System.Text.Json.Nodes;
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

    private PublicContent(ContentSet source, DateOnly today, IReadOnlyList<ContentItem> visible)
    {
        Source = source;
        Today = today;
        Withheld = new WithheldReferences(source, visible.ToDictionary(i => i.Id, StringComparer.Ordinal));
        // Links in any text of a public item that lead to a withheld item are taken out first; the records are read
        // from those items (Core's one mapping), and their structured references to withheld documents removed.
        var linked = visible.Select(CleanLinks).ToList();
        var records = ContentSet.From(source.Manifest, linked);
        Policies = records.Policies.ToDictionary(kv => kv.Key, kv => kv.Value with
        {
            // A change still needs its deciding document named; the withheld one is named by the placeholder only.
            Validity = kv.Value.Validity.WithReferences(r => Withheld.IsWithheld(r) ? WithheldReferences.Anonymous : r),
        }, StringComparer.Ordinal);
        Interpretations = records.Interpretations.ToDictionary(kv => kv.Key,
            kv => kv.Value with { PolicyIds = kv.Value.PolicyIds.Where(Policies.ContainsKey).ToList() }, StringComparer.Ordinal);
        Meetings = records.Meetings.ToDictionary(kv => kv.Key, kv => kv.Value with
        {
            Items = kv.Value.PublicItems.Select(a => a with
            {
                DocumentIds = a.DocumentIdList.Where(Policies.ContainsKey).ToList(),
                InterpretationIds = a.InterpretationIdList.Where(Interpretations.ContainsKey).ToList(),
            }).ToList(),
        }, StringComparer.Ordinal);
        Fees = records.Fees.ToDictionary(kv => kv.Key, kv => kv.Value with
        {
            Standards = kv.Value.Standards.Select(st => st with
            {
                BasisDocumentNumbers = st.Basis.Where(b => !Withheld.IsWithheldNumber(b)).ToList(),
            }).ToList(),
        }, StringComparer.Ordinal);
        // The items say what the records say: anything that reads an item's properties (a page, the cache on disk)
        // sees the same filtered references, and nothing editorial.
        var items = linked.Select(WithPublicReferences).ToList();
        Items = items;
        ById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _children = items.OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal).ToLookup(i => i.ParentId);
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
        MediaReferences = Content.MediaReferences.Of(items);
    }

    /// <summary>Recognises references to what the public may not see on this day.</summary>
    public WithheldReferences Withheld { get; }

    /// <summary>
    /// The local media files (keys of <see cref="Content.MediaReferences.KeyOf"/>) that public items reference: the
    /// only media the public may fetch. An attachment of a withheld document is not in it, whatever its path.
    /// </summary>
    public IReadOnlySet<string> MediaReferences { get; }

    private ContentItem WithPublicReferences(ContentItem item)
    {
        var props = (JsonObject)item.Properties.DeepClone();
        var changed = props.Remove(PropertyAliases.PendingValidityChanges);
        void Set(string alias, JsonNode value)
        {
            if (props.ContainsKey(alias))
            {
                props[alias] = value;
                changed = true;
            }
        }
        if (Policies.TryGetValue(item.Id, out var p))
        {
            Set(PropertyAliases.Validity, Codecs.ValidityCodec.Write(p.Validity));
        }
        else if (Interpretations.TryGetValue(item.Id, out var i))
        {
            Set(PropertyAliases.InterpretationOf, Codecs.ScalarCodecs.WriteTextList(i.PolicyIds));
        }
        else if (Meetings.TryGetValue(item.Id, out var m))
        {
            Set(PropertyAliases.Agenda, Codecs.AgendaCodec.Write(m.Items));
        }
        else if (Fees.TryGetValue(item.Id, out var f))
        {
            Set(PropertyAliases.Standards, Codecs.FeeStandardsCodec.Write(f.Standards));
        }
        return changed ? item with { Properties = props } : item;
    }

    private ContentItem CleanLinks(ContentItem item)
    {
        bool Needs(JsonNode? node) => node switch
        {
            JsonValue v => v.TryGetValue<string>(out var text) && !ReferenceEquals(Withheld.CleanHtml(text), text),
            JsonObject o => o.Any(kv => Needs(kv.Value)),
            JsonArray a => a.Any(Needs),
            _ => false,
        };
        JsonNode? Walk(JsonNode? node) => node switch
        {
            JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(Withheld.CleanHtml(text)),
            JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Walk(kv.Value)))),
            JsonArray a => new JsonArray(a.Select(Walk).ToArray()),
            _ => node?.DeepClone(),
        };
        return Needs(item.Properties) ? item with { Properties = (JsonObject)Walk(item.Properties)! } : item;
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
}
