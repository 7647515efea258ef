using GovOpen.Core.Documents;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Indexes a 文号 as stored, normalized, and as its series (代字〔年〕) for Examine searches.</summary>
public sealed class DocumentNumberIndexValueFactory : IPropertyIndexValueFactory
{
    /// <inheritdoc />
    public IEnumerable<IndexValue> GetIndexValues(IProperty property, string? culture, string? segment, bool published, IEnumerable<string> availableCultures, IDictionary<Guid, IContentType> contentTypeDictionary)
    {
        var raw = property.GetValue(culture, segment, published) as string;
        if (string.IsNullOrWhiteSpace(raw))
        {
            yield break;
        }
        var values = new List<object?> { raw };
        if (DocumentNumber.TryParse(raw, out var n))
        {
            values.Add(n!.Normalized);
            values.Add(n.SeriesKey);
        }
        yield return new IndexValue { Culture = culture, FieldName = property.Alias, Values = values.Distinct().ToList() };
    }
}
