using GovOpen.Core.Documents;
using GovOpen.Core.Content;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Base for the GovOpen editors: a standard value editor with our validator added.</summary>
public abstract class GovDataEditor(IDataValueEditorFactory factory) : DataEditor(factory)
{
    protected abstract IValueValidator CreateValidator();

    protected override IDataValueEditor CreateValueEditor()
    {
        var editor = DataValueEditorFactory.Create<DataValueEditor>(Attribute!);
        editor.Validators.Add(CreateValidator());
        return editor;
    }
}

[DataEditor(EditorAliases.DocumentNumber, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class DocumentNumberDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new DocumentNumberValidator();

    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new DocumentNumberIndexValueFactory();
}

[DataEditor(EditorAliases.Topic, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class TopicDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new TopicValidator();
}

[DataEditor(EditorAliases.Genre, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class GenreDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new VocabularyValidator<DocumentGenre>(DocumentGenres.Vocabulary);
}

[DataEditor(EditorAliases.PolicyCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class PolicyCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new VocabularyValidator<PolicyCategory>(PolicyCategories.Vocabulary);
}

[DataEditor(EditorAliases.Disclosure, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class DisclosureDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new DisclosureValidator();
}

[DataEditor(EditorAliases.Validity, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class ValidityDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new ValidityValidator();

    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new ValidityIndexValueFactory();
}

[DataEditor(EditorAliases.InterpretationForm, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class InterpretationFormDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new VocabularyValidator<InterpretationForm>(InterpretationForms.Vocabulary);
}

[DataEditor(EditorAliases.FeeCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class FeeCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new VocabularyValidator<FeeCategory>(FeeCategories.Vocabulary);
}

[DataEditor(EditorAliases.FeeStandard, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class FeeStandardDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new FeeStandardValidator();
}

[DataEditor(EditorAliases.MeetingAgenda, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class MeetingAgendaDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new MeetingAgendaValidator();
}

/// <summary>解读关联: policy keys; targets must exist and be 主动公开 (looked up through the content service).</summary>
[DataEditor(EditorAliases.InterpretationLink, ValueType = ValueTypes.Json, ValueEditorIsReusable = false)]
public sealed class InterpretationLinkDataEditor(IDataValueEditorFactory f, IContentService contentService) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new InterpretationLinkValidator(UmbracoContentAdapter.PolicyFinder(contentService.GetById));
}
