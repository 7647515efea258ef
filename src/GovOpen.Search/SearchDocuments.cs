using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Validity;

namespace GovOpen.Search;

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
        Validity = p.ValidityOn(today).Name(),
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
