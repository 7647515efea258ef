using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Indexes the validity state label on the indexing day (现行有效…; 现行有效 when nothing is recorded).</summary>
public sealed class ValidityIndexValueFactory : IPropertyIndexValueFactory
{
    /// <inheritdoc />
    public IEnumerable<IndexValue> GetIndexValues(IProperty property, string? culture, string? segment, bool published, IEnumerable<string> availableCultures, IDictionary<Guid, IContentType> contentTypeDictionary)
    {
        var raw = property.GetValue(culture, segment, published) as string;
        if (string.IsNullOrWhiteSpace(raw))
        {
            yield break;
        }
        // Data editors are not built by DI, so the agency clock here is the default zone's (China Standard Time).
        var node = UmbracoContentAdapter.ToJson(PropertyAliases.Validity, raw);
        var state = ValidityCodec.Read(node, ReadContext.Quiet()).ShownOn(AgencyClock.System.Today);
        yield return new IndexValue { Culture = culture, FieldName = property.Alias, Values = [state.Name(), state.Alias()] };
    }
}
