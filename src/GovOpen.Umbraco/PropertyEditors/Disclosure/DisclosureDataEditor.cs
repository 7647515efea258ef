using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>公开属性: the disclosure decision (attribute, ground, reason) stored as JSON.</summary>
[DataEditor(EditorAliases.Disclosure, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class DisclosureDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new DisclosureValidator();
}
