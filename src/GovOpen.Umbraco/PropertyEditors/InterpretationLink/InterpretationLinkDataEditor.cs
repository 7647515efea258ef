using GovOpen.Core.Content;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>解读关联: policy keys; targets must exist and be 主动公开 (looked up through the content service).</summary>
[DataEditor(EditorAliases.InterpretationLink, ValueType = ValueTypes.Json, ValueEditorIsReusable = false)]
public sealed class InterpretationLinkDataEditor(IDataValueEditorFactory f, IContentService contentService) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new InterpretationLinkValidator(UmbracoContentAdapter.PolicyFinder(contentService.GetById));
}
