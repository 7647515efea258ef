using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.DeliveryApi;

/// <summary>Field names GovOpen adds to the Delivery API index.</summary>
public static class GovIndexFields
{
    public const string DocumentNumber = "govDocumentNumber";
    public const string Validity = "govValidity";
    public const string Disclosure = "govDisclosure";
    public const string Issuer = "govIssuer";
    public const string Year = "govYear";
    public const string Topic = "govTopic";
    public const string SignedDate = "govSignedDate";
    public const string PublishedDate = "govPublishedDate";
    public const string InterpretationOf = "govInterpretationOf";
}

/// <summary>Index values for GovOpen items in the Delivery API content index.</summary>
public sealed class GovContentIndexHandler(AgencyClock clock) : IContentIndexHandler
{
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = GovIndexFields.DocumentNumber, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = GovIndexFields.Validity, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = GovIndexFields.Disclosure, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = GovIndexFields.Issuer, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = GovIndexFields.Year, FieldType = FieldType.Number, VariesByCulture = false },
        new() { FieldName = GovIndexFields.Topic, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = GovIndexFields.SignedDate, FieldType = FieldType.Date, VariesByCulture = false },
        new() { FieldName = GovIndexFields.PublishedDate, FieldType = FieldType.Date, VariesByCulture = false },
        new() { FieldName = GovIndexFields.InterpretationOf, FieldType = FieldType.StringRaw, VariesByCulture = false },
    ];

    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        var values = new List<IndexFieldValue>();
        void Add(string field, IEnumerable<object> v)
        {
            var list = v.ToList();
            if (list.Count > 0)
            {
                values.Add(new IndexFieldValue { FieldName = field, Values = list });
            }
        }
        switch (content.ContentType.Alias)
        {
            case ContentTypes.PolicyDocument:
                var p = UmbracoContentAdapter.ToPolicy(content, ContentVersion.Published);
                var today = clock.Today;
                Add(GovIndexFields.DocumentNumber, p.ParsedNumber is { } n ? [n.Normalized, n.SeriesKey] : p.DocumentNumber is { } raw ? [raw] : []);
                Add(GovIndexFields.Validity, [p.ValidityOn(today).Name()]);
                Add(GovIndexFields.Disclosure, [p.Disclosure.Attribute.ToString()]);
                Add(GovIndexFields.Issuer, p.Issuers);
                Add(GovIndexFields.Year, p.Year is { } y ? [y] : []);
                Add(GovIndexFields.Topic, p.Topic is { } t ? [TopicTaxonomy.Normalize(t), TopicTaxonomy.TopLevel(t)] : []);
                Add(GovIndexFields.SignedDate, p.SignedDate is { } sd ? [sd.ToDateTime(TimeOnly.MinValue)] : []);
                Add(GovIndexFields.PublishedDate, p.PublishedDate is { } pd ? [pd.ToDateTime(TimeOnly.MinValue)] : []);
                break;
            case ContentTypes.PolicyInterpretation:
                var i = UmbracoContentAdapter.ToInterpretation(content, ContentVersion.Published);
                Add(GovIndexFields.InterpretationOf, i.PolicyIds);
                Add(GovIndexFields.PublishedDate, i.PublishedDate is { } ipd ? [ipd.ToDateTime(TimeOnly.MinValue)] : []);
                Add(GovIndexFields.Year, i.PublishedDate is { } iy ? [iy.Year] : []);
                break;
        }
        return values;
    }
}

/// <summary>
/// Filters <c>govValidity:现行有效</c>, <c>govDocumentNumber:京政办发[2017]12号</c> (normalized; a series such as
/// <c>京政办发〔2017〕</c> lists it), <c>govIssuer:</c>, <c>govYear:2024</c>, <c>govTopic:</c>, <c>govInterpretationOf:{id}</c>.
/// Several values are comma-separated (OR).
/// </summary>
public sealed class GovFilterHandler : IFilterHandler
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["govValidity:"] = GovIndexFields.Validity,
        ["govDocumentNumber:"] = GovIndexFields.DocumentNumber,
        ["govIssuer:"] = GovIndexFields.Issuer,
        ["govYear:"] = GovIndexFields.Year,
        ["govTopic:"] = GovIndexFields.Topic,
        ["govInterpretationOf:"] = GovIndexFields.InterpretationOf,
    };

    public bool CanHandle(string query) => Prefixes.Keys.Any(p => query.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public FilterOption BuildFilterOption(string filter)
    {
        var prefix = Prefixes.Keys.First(p => filter.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        var field = Prefixes[prefix];
        var negate = filter.Length > prefix.Length && filter[prefix.Length] == '!';
        var raw = filter[(prefix.Length + (negate ? 1 : 0))..];
        var values = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Normalize(field, v)).ToArray();
        return new FilterOption { FieldName = field, Values = values, Operator = negate ? FilterOperation.IsNot : FilterOperation.Is };
    }

    internal static string Normalize(string field, string value) => field switch
    {
        GovIndexFields.Validity => ValidityNames.TryParse(value, out var s) ? s.Name() : value,
        GovIndexFields.DocumentNumber => DocumentNumber.TryParse(value, out var n) ? n!.Normalized : DocumentNumberParser.Compact(value, out _),
        GovIndexFields.Topic => TopicTaxonomy.Normalize(value),
        GovIndexFields.InterpretationOf => Guid.TryParse(value, out var g) ? g.ToString("N") : value,
        _ => value,
    };
}

/// <summary>Sorts <c>govSignedDate:asc|desc</c> and <c>govPublishedDate:asc|desc</c>.</summary>
public sealed class GovSortHandler : ISortHandler
{
    public bool CanHandle(string query) =>
        query.StartsWith("govSignedDate:", StringComparison.OrdinalIgnoreCase) || query.StartsWith("govPublishedDate:", StringComparison.OrdinalIgnoreCase);

    public SortOption BuildSortOption(string sort)
    {
        var colon = sort.IndexOf(':');
        var field = sort[..colon].Equals("govSignedDate", StringComparison.OrdinalIgnoreCase) ? GovIndexFields.SignedDate : GovIndexFields.PublishedDate;
        var direction = sort[(colon + 1)..].Trim().Equals("asc", StringComparison.OrdinalIgnoreCase) ? Direction.Ascending : Direction.Descending;
        return new SortOption { FieldName = field, Direction = direction };
    }
}
