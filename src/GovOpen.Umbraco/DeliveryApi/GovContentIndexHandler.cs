using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.DeliveryApi;

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
