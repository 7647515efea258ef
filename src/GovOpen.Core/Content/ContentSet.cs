using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;

namespace GovOpen.Core.Content;

/// <summary>A content package read into domain objects, with every mapping problem collected.</summary>
public sealed class ContentSet
{
    private ContentSet(PackageManifest manifest, IReadOnlyList<ContentItem> items)
    {
        Manifest = manifest;
        Items = items;
        ById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public PackageManifest Manifest { get; }

    public IReadOnlyList<ContentItem> Items { get; }

    public IReadOnlyDictionary<string, ContentItem> ById { get; }

    public Dictionary<string, PolicyDocument> Policies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Interpretation> Interpretations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Meeting> Meetings { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FeeItem> Fees { get; } = new(StringComparer.Ordinal);

    public List<Issue> Problems { get; } = [];

    /// <summary>policy id → interpretations pointing at it.</summary>
    public ILookup<string, Interpretation> InterpretationsByPolicy { get; private set; } = Array.Empty<Interpretation>().ToLookup(_ => "");

    public static ContentSet From(ContentPackage package)
    {
        var set = From(package.Manifest, package.Items);
        set.Problems.InsertRange(0, package.Problems);
        return set;
    }

    public static ContentSet From(PackageManifest manifest, IReadOnlyList<ContentItem> items)
    {
        var set = new ContentSet(manifest, items);
        foreach (var item in items)
        {
            switch (item.ContentType)
            {
                case ContentTypes.PolicyDocument:
                    set.Policies[item.Id] = ContentMapper.ToPolicy(item, set.Problems);
                    break;
                case ContentTypes.PolicyInterpretation:
                    set.Interpretations[item.Id] = ContentMapper.ToInterpretation(item, set.Problems);
                    break;
                case ContentTypes.Meeting:
                    set.Meetings[item.Id] = ContentMapper.ToMeeting(item, set.Problems);
                    break;
                case ContentTypes.FeeItem:
                    set.Fees[item.Id] = ContentMapper.ToFee(item, set.Problems);
                    break;
            }
        }
        set.InterpretationsByPolicy = InterpretationRules.ByPolicy(set.Interpretations.Values);
        return set;
    }

    /// <summary>Children of an item in sort order.</summary>
    public IEnumerable<ContentItem> ChildrenOf(string? parentId) =>
        Items.Where(i => i.ParentId == parentId).OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.Ordinal);

    public ContentItem? ByRoute(string path)
    {
        var p = path.EndsWith('/') ? path : path + "/";
        return Items.FirstOrDefault(i => string.Equals(i.Route.Path, p, StringComparison.OrdinalIgnoreCase));
    }
}
