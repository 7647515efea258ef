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
        // Each item on its own, in parallel (start-up of a large site), in the order of the source.
        var linked = visible.AsParallel().AsOrdered().Select(CleanLinks).ToList();
        // Records of items the link cleaning left alone are the source's; only changed items are read again.
        var changed = linked.Where((item, i) => !ReferenceEquals(item, visible[i])).ToList();
        var reread = changed.Count == 0 ? null : ContentSet.From(source.Manifest, changed);
        IReadOnlyDictionary<string, T> Records<T>(IReadOnlyDictionary<string, T> fromSource, Func<ContentSet, IReadOnlyDictionary<string, T>> fromReread) =>
            visible.Where(i => fromSource.ContainsKey(i.Id))
                .ToDictionary(i => i.Id, i => reread is not null && fromReread(reread).TryGetValue(i.Id, out var r) ? r : fromSource[i.Id], StringComparer.Ordinal);
        // Each record is copied only when a reference in it must go, so a public surface costs little more than its items.
        Policies = Records(source.Policies, c => c.Policies).ToDictionary(kv => kv.Key, kv =>
            kv.Value.Validity.History.Any(e => Withheld.IsWithheld(e.By))
                // A change still needs its deciding document named; the withheld one is named by the placeholder only.
                ? kv.Value with { Validity = kv.Value.Validity.WithReferences(r => Withheld.IsWithheld(r) ? WithheldReferences.Anonymous : r) }
                : kv.Value, StringComparer.Ordinal);
        Interpretations = Records(source.Interpretations, c => c.Interpretations).ToDictionary(kv => kv.Key, kv =>
            kv.Value.PolicyIds.All(Policies.ContainsKey) ? kv.Value : kv.Value with { PolicyIds = kv.Value.PolicyIds.Where(Policies.ContainsKey).ToList() },
            StringComparer.Ordinal);
        Meetings = Records(source.Meetings, c => c.Meetings).ToDictionary(kv => kv.Key, kv =>
            kv.Value.Items.All(a => a.IsPublic && a.DocumentIdList.All(Policies.ContainsKey) && a.InterpretationIdList.All(Interpretations.ContainsKey))
                ? kv.Value
                : kv.Value with
                {
                    Items = kv.Value.PublicItems.Select(a => a with
                    {
                        DocumentIds = a.DocumentIdList.Where(Policies.ContainsKey).ToList(),
                        InterpretationIds = a.InterpretationIdList.Where(Interpretations.ContainsKey).ToList(),
                    }).ToList(),
                }, StringComparer.Ordinal);
        Fees = Records(source.Fees, c => c.Fees).ToDictionary(kv => kv.Key, kv => kv.Value.WithoutWithheldBasis(Withheld.IsWithheldNumber), StringComparer.Ordinal);
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
        // Only the media gate needs it, and it reads every string of every public item: made on first use (a site
        // starts answering pages without it and asks for it in the background), once, from these same items.
        _media = new Lazy<IReadOnlySet<string>>(() => Content.MediaReferences.Of(items), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<IReadOnlySet<string>> _media;

    /// <summary>Recognises references to what the public may not see on this day.</summary>
    public WithheldReferences Withheld { get; }

    /// <summary>
    /// The local media files (keys of <see cref="Content.MediaReferences.KeyOf"/>) that public items reference: the
    /// only media the public may fetch. An attachment of a withheld document is not in it, whatever its path. Made on
    /// first use.
    /// </summary>
    public IReadOnlySet<string> MediaReferences => _media.Value;

    private ContentItem WithPublicReferences(ContentItem item)
    {
        // Only a property whose record lost a reference is written again; an item with nothing to change is kept as is.
        var writes = new List<(string Alias, JsonNode Value)>();
        if (Policies.TryGetValue(item.Id, out var p) && !ReferenceEquals(p, Source.Policies.GetValueOrDefault(item.Id)))
        {
            writes.Add((PropertyAliases.Validity, Codecs.ValidityCodec.Write(p.Validity)));
        }
        else if (Interpretations.TryGetValue(item.Id, out var i) && !ReferenceEquals(i, Source.Interpretations.GetValueOrDefault(item.Id)))
        {
            writes.Add((PropertyAliases.InterpretationOf, Codecs.ScalarCodecs.WriteTextList(i.PolicyIds)));
        }
        else if (Meetings.TryGetValue(item.Id, out var m) && !ReferenceEquals(m, Source.Meetings.GetValueOrDefault(item.Id)))
        {
            writes.Add((PropertyAliases.Agenda, Codecs.AgendaCodec.Write(m.Items)));
        }
        else if (Fees.TryGetValue(item.Id, out var f) && !ReferenceEquals(f, Source.Fees.GetValueOrDefault(item.Id)))
        {
            writes.Add((PropertyAliases.Standards, Codecs.FeeStandardsCodec.Write(f.Standards)));
        }
        var dropPending = item.Properties.ContainsKey(PropertyAliases.PendingValidityChanges);
        if (writes.Count == 0 && !dropPending)
        {
            return item;
        }
        var props = (JsonObject)item.Properties.DeepClone();
        props.Remove(PropertyAliases.PendingValidityChanges);
        foreach (var (alias, value) in writes.Where(w => props.ContainsKey(w.Alias)))
        {
            props[alias] = value;
        }
        return item with { Properties = props };
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
        var items = source.Items.Where(IsPublic);
        if (source.Manifest.Sample)
        {
            var created = DateOnly.FromDateTime(source.Manifest.CreatedAt.Date);
            items = items.Select(i => Consultations.ConsultationContent.ShiftSample(i, created, today));
        }
        return new PublicContent(source, today, items.ToList());
    }
}
