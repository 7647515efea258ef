using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>发文字号: a 文号 checked by Core's parser and indexed with its normalized form and series.</summary>
[DataEditor(EditorAliases.DocumentNumber, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class DocumentNumberDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new DocumentNumberValidator();

    /// <inheritdoc />
    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new DocumentNumberIndexValueFactory();
}
