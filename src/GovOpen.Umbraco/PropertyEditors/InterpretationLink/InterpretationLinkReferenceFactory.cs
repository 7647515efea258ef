using GovOpen.Core.Content;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// Tells Umbraco which documents a 解读关联 value references, so Umbraco's own reference tracking records them
/// (relation type <c>umbDocument</c>; the interpretation depends on the policies it interprets): "Referenced by" on a
/// policy lists its interpretations, and Umbraco's delete/unpublish protection for referenced items protects the
/// policy. Umbraco collects references from edited and published values when a document is saved
/// (<c>DataValueReferenceFactoryCollection.GetAllReferences</c>), so unlinking a policy drops the relation.
/// </summary>
public sealed class InterpretationLinkReferenceFactory : IDataValueReferenceFactory, IDataValueReference
{
    public bool IsForEditor(IDataEditor? dataEditor) => dataEditor?.Alias == EditorAliases.InterpretationLink;

    public IDataValueReference GetDataValueReference() => this;

    public IEnumerable<UmbracoEntityReference> GetReferences(object? value)
    {
        var node = UmbracoContentAdapter.ToJson(PropertyAliases.InterpretationOf, value is System.Text.Json.Nodes.JsonNode n ? n.ToJsonString() : value?.ToString());
        foreach (var id in Core.Content.Codecs.ScalarCodecs.ReadIds(node))
        {
            if (UmbracoContentAdapter.KeyOf(id) is { } key)
            {
                yield return new UmbracoEntityReference(Udi.Create(Constants.UdiEntityType.Document, key), Constants.Conventions.RelationTypes.RelatedDocumentAlias);
            }
        }
    }

    public IEnumerable<string> GetAutomaticRelationTypesAliases() => [Constants.Conventions.RelationTypes.RelatedDocumentAlias];
}
