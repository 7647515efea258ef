using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Validity;

namespace GovOpen.Search;

/// <summary>Content types the index knows; also the values of the <c>type</c> filter.</summary>
public static class SearchContentTypes
{
    public const string Policy = "policy";
    public const string Interpretation = "interpretation";
    public const string Meeting = "meeting";
    public const string Fee = "fee";

    public static readonly IReadOnlyList<string> All = [Policy, Interpretation, Meeting, Fee];

    public static string Name(string type) => type switch
    {
        Policy => "政策文件",
        Interpretation => "政策解读",
        Meeting => "会议公开",
        Fee => "价格收费",
        _ => type,
    };
}

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

/// <summary>Builds <see cref="SearchDocument"/>s from the Core model.</summary>
public static class SearchDocuments
{
    public static SearchDocument FromPolicy(PolicyDocument p, DateOnly today, string? route = null, string? plainBody = null) => new()
    {
        Id = p.Id,
        ContentType = SearchContentTypes.Policy,
        Title = p.Title,
        Body = plainBody ?? p.Body,
        DocumentNumber = p.DocumentNumber,
        IndexNumber = p.IndexNumber,
        Issuers = p.Issuers,
        Topic = p.Topic,
        Genre = p.Genre.Name(),
        Year = p.Year,
        SignedDate = p.SignedDate,
        PublishedDate = p.PublishedDate,
        Validity = p.Validity.EffectiveDate is null && p.Validity.History.Count == 0 ? ValidityState.InForce.Name() : p.Validity.StateOn(today).Name(),
        Disclosure = p.Disclosure.Attribute,
        Route = route,
    };

    public static SearchDocument FromInterpretation(Interpretation i, Func<string, PolicyDocument?> findPolicy, string? route = null, string? plainBody = null)
    {
        var policies = i.PolicyIds.Distinct().Select(findPolicy).OfType<PolicyDocument>().ToList();
        return new()
        {
            Id = i.Id,
            ContentType = SearchContentTypes.Interpretation,
            Title = i.Title,
            Body = plainBody ?? "",
            Issuers = i.Interpreter is { } who ? [who] : policies.SelectMany(p => p.Issuers).Distinct().ToList(),
            Topic = policies.Select(p => p.Topic).FirstOrDefault(t => t is not null),
            Genre = i.Form.Name(),
            Year = i.PublishedDate?.Year,
            PublishedDate = i.PublishedDate,
            Disclosure = i.Disclosure.Attribute,
            Route = route,
            PolicyIds = policies.Select(p => p.Id).ToList(),
            PolicyTitles = policies.Select(p => p.Title).ToList(),
        };
    }

    public static SearchDocument FromMeeting(Meeting m, string? route = null) => new()
    {
        Id = m.Id,
        ContentType = SearchContentTypes.Meeting,
        Title = m.Name,
        // Only public agenda items are searchable.
        Body = string.Join("\n", m.PublicItems.Select(a => $"{a.Topic}。{a.Decision}")),
        Issuers = m.Host is { } h ? [h] : [],
        Genre = m.Series,
        Year = m.Date?.Year,
        SignedDate = m.Date,
        PublishedDate = m.PublishedDate,
        Disclosure = m.Disclosure.Attribute,
        Route = route,
    };

    public static SearchDocument FromFee(FeeItem f, DateOnly today, string? route = null)
    {
        var current = f.StandardOn(today);
        return new()
        {
            Id = f.Id,
            ContentType = SearchContentTypes.Fee,
            Title = f.Name,
            Body = string.Join("\n", f.History.Select(s => $"{s.Display} {string.Join(" ", s.Basis)}")) + (f.Note is null ? "" : "\n" + f.Note),
            Issuers = f.Collector is { } c ? [c] : [],
            Genre = f.Category.Name(),
            Year = current?.From.Year ?? f.History.LastOrDefault()?.From.Year,
            PublishedDate = f.PublishedDate,
            Validity = current is null ? ValidityState.Expired.Name() : ValidityState.InForce.Name(),
            Disclosure = f.Disclosure.Attribute,
            DocumentNumber = null,
            Route = route,
        };
    }
}
