using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// Index values of a property stored as text: reads the value Umbraco asks for (published or edited, per culture
/// and segment) and lets the editor say which terms to index; an empty value indexes nothing.
/// </summary>
public abstract class TextIndexValueFactory : IPropertyIndexValueFactory
{
    /// <inheritdoc />
    public IEnumerable<IndexValue> GetIndexValues(IProperty property, string? culture, string? segment, bool published, IEnumerable<string> availableCultures, IDictionary<Guid, IContentType> contentTypeDictionary)
    {
        if (property.GetValue(culture, segment, published) is not string raw || string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        return [new IndexValue { Culture = culture, FieldName = property.Alias, Values = Terms(raw).Distinct().ToList() }];
    }

    /// <summary>The terms to index for a non-empty stored value.</summary>
    protected abstract IEnumerable<object?> Terms(string raw);
}
