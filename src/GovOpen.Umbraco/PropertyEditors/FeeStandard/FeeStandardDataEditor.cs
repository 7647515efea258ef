using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>收费标准: the list of fee standards stored as JSON.</summary>
[DataEditor(EditorAliases.FeeStandard, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class FeeStandardDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new FeeStandardValidator();
}
