using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>有效性: the validity record (dates and history) stored as JSON, indexed by its state label.</summary>
[DataEditor(EditorAliases.Validity, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class ValidityDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new ValidityValidator();

    /// <inheritdoc />
    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new ValidityIndexValueFactory();
}
