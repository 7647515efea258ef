using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

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
