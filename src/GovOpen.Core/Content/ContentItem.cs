using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

/// <summary>The start item of a route, as in the Delivery API v2.</summary>
public sealed record RouteStartItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("path")] string Path);

/// <summary>The route of an item, as in the Delivery API v2.</summary>
public sealed record ContentRoute(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("startItem")] RouteStartItem? StartItem = null);

/// <summary>
/// One item of a content package, in the shape of an Umbraco Delivery API v2 content item:
/// <c>id</c>, <c>contentType</c>, <c>name</c>, <c>createDate</c>, <c>updateDate</c>, <c>route</c>, <c>properties</c>.
/// Property values are kept as JSON; <see cref="ContentMapper"/> reads them into domain types.
/// </summary>
public sealed record ContentItem
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("contentType")]
    public required string ContentType { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("createDate")]
    public DateTimeOffset CreateDate { get; init; }

    [JsonPropertyName("updateDate")]
    public DateTimeOffset UpdateDate { get; init; }

    [JsonPropertyName("route")]
    public ContentRoute Route { get; init; } = new("/");

    [JsonPropertyName("properties")]
    public JsonObject Properties { get; init; } = [];

    /// <summary>Id of the parent item (not part of the Delivery API item; the API exposes it through the route tree).</summary>
    [JsonPropertyName("parentId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; init; }

    /// <summary>Sort order among siblings.</summary>
    [JsonPropertyName("sortOrder")]
    public int SortOrder { get; init; }
}

/// <summary>ASCII aliases of the GovOpen document types (docs/content-model.md).</summary>
public static class ContentTypes
{
    public const string DisclosureRoot = "govDisclosureRoot";
    public const string PolicyFolder = "govPolicyFolder";
    public const string PolicyDocument = "govPolicyDocument";
    public const string PolicyInterpretation = "govPolicyInterpretation";
    public const string MeetingColumn = "govMeetingColumn";
    public const string Meeting = "govMeeting";
    public const string FeeColumn = "govFeeColumn";
    public const string FeeItem = "govFeeItem";
    public const string Guide = "govGuide";
    public const string AnnualReport = "govAnnualReport";
    public const string Page = "govPage";

    public static readonly IReadOnlyList<string> All =
        [DisclosureRoot, PolicyFolder, PolicyDocument, PolicyInterpretation, MeetingColumn, Meeting, FeeColumn, FeeItem, Guide, AnnualReport, Page];
}

/// <summary>The manifest <c>package.json</c> of a content package.</summary>
public sealed record PackageManifest
{
    public const string FormatName = "govopen-content-package";

    public const int CurrentVersion = 1;

    [JsonPropertyName("format")]
    public string Format { get; init; } = FormatName;

    [JsonPropertyName("version")]
    public int Version { get; init; } = CurrentVersion;

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The agency the content belongs to (发布机构).</summary>
    [JsonPropertyName("agency")]
    public string? Agency { get; init; }

    /// <summary>网站标识码 (SiteIDCode) for page meta tags.</summary>
    [JsonPropertyName("siteIdCode")]
    public string? SiteIdCode { get; init; }

    /// <summary>True for fictional sample content: every surface labels it 示例.</summary>
    [JsonPropertyName("sample")]
    public bool Sample { get; init; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("generator")]
    public string? Generator { get; init; }
}
