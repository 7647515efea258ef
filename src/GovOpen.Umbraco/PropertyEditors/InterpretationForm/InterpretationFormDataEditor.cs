using GovOpen.Core.Content;
using GovOpen.Core.Interpretations;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>解读形式: a value of Core's <see cref="InterpretationForms"/> vocabulary.</summary>
[DataEditor(EditorAliases.InterpretationForm, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class InterpretationFormDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new VocabularyValidator<InterpretationForm>(InterpretationForms.Vocabulary);
}
