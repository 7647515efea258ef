using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Base for the GovOpen editors: a standard value editor with our validator added.</summary>
public abstract class GovDataEditor(IDataValueEditorFactory factory) : DataEditor(factory)
{
    /// <summary>The validator that runs on every save of a value of this editor.</summary>
    protected abstract IValueValidator CreateValidator();

    /// <inheritdoc />
    protected override IDataValueEditor CreateValueEditor()
    {
        var editor = DataValueEditorFactory.Create<DataValueEditor>(Attribute!);
        editor.Validators.Add(CreateValidator());
        return editor;
    }
}
