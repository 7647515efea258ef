using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>文种: a value of Core's <see cref="DocumentGenres"/> vocabulary.</summary>
[DataEditor(EditorAliases.Genre, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class GenreDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new VocabularyValidator<DocumentGenre>(DocumentGenres.Vocabulary);
}
