using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>文件类别: a value of Core's <see cref="PolicyCategories"/> vocabulary.</summary>
[DataEditor(EditorAliases.PolicyCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class PolicyCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new VocabularyValidator<PolicyCategory>(PolicyCategories.Vocabulary);
}
