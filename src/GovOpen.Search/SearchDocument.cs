using GovOpen.Core.Disclosure;

namespace GovOpen.Search;

/// <summary>
/// What the index stores of one item. Built from Core types with <see cref="SearchDocuments"/>; the body is
/// plain text (callers strip HTML).
/// </summary>
public sealed record SearchDocument
{
    public required string Id { get; init; }

    public required string ContentType { get; init; }

    public required string Title { get; init; }

    public string Body { get; init; } = "";

    /// <summary>发文字号 as typed; the index stores its normalized form.</summary>
    public string? DocumentNumber { get; init; }

    public string? IndexNumber { get; init; }

    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>主题分类 as <c>一级\二级</c> or <c>一级</c>.</summary>
    public string? Topic { get; init; }

    /// <summary>文种 name (通知, 意见…).</summary>
    public string? Genre { get; init; }

    public int? Year { get; init; }

    public DateOnly? SignedDate { get; init; }

    public DateOnly? PublishedDate { get; init; }

    /// <summary>有效性 label on the indexing day (现行有效…); null when not applicable.</summary>
    public string? Validity { get; init; }

    public DisclosureAttribute Disclosure { get; init; } = DisclosureAttribute.Proactive;

    public string? Route { get; init; }

    /// <summary>For interpretations: the policies it interprets.</summary>
    public IReadOnlyList<string> PolicyIds { get; init; } = [];

    /// <summary>Titles matching <see cref="PolicyIds"/> (for display in hits).</summary>
    public IReadOnlyList<string> PolicyTitles { get; init; } = [];
}
