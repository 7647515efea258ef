using GovOpen.Core.Content;
using GovOpen.Core.Fees;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>收费类别: a value of Core's <see cref="FeeCategories"/> vocabulary.</summary>
[DataEditor(EditorAliases.FeeCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class FeeCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new VocabularyValidator<FeeCategory>(FeeCategories.Vocabulary);
}
