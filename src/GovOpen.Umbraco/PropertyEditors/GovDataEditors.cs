using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>Aliases of the server editors (the client's property editor schemas use the same aliases).</summary>
public static class GovEditorAliases
{
    public const string DocumentNumber = "Gov.DocumentNumber";
    public const string Topic = "Gov.Topic";
    public const string Genre = "Gov.Genre";
    public const string PolicyCategory = "Gov.PolicyCategory";
    public const string Disclosure = "Gov.Disclosure";
    public const string Validity = "Gov.Validity";
    public const string InterpretationLink = "Gov.InterpretationLink";
    public const string InterpretationForm = "Gov.InterpretationForm";
    public const string FeeCategory = "Gov.FeeCategory";
    public const string FeeStandard = "Gov.FeeStandard";
    public const string MeetingAgenda = "Gov.MeetingAgenda";

    /// <summary>The client UI alias paired with a server editor alias.</summary>
    public static string UiAlias(string editorAlias) => "Gov.PropertyEditorUi." + editorAlias["Gov.".Length..];
}

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

[DataEditor(GovEditorAliases.DocumentNumber, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class DocumentNumberDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new DocumentNumberValidator();

    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new DocumentNumberIndexValueFactory();
}

[DataEditor(GovEditorAliases.Topic, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class TopicDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new TopicValidator();
}

[DataEditor(GovEditorAliases.Genre, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class GenreDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new GenreValidator();
}

[DataEditor(GovEditorAliases.PolicyCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class PolicyCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    public static readonly IReadOnlyList<string> Values = ["other", "normative", "rule"];

    protected override IValueValidator CreateValidator() => new ChoiceValidator("category", Values);
}

[DataEditor(GovEditorAliases.Disclosure, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class DisclosureDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new DisclosureValidator();
}

[DataEditor(GovEditorAliases.Validity, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class ValidityDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new ValidityValidator();

    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new ValidityIndexValueFactory();
}

[DataEditor(GovEditorAliases.InterpretationForm, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class InterpretationFormDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() =>
        new ChoiceValidator("form", Enum.GetValues<InterpretationForm>().SelectMany(x => new[] { x.Alias(), x.Name() }).ToList());
}

[DataEditor(GovEditorAliases.FeeCategory, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class FeeCategoryDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() =>
        new ChoiceValidator("feeCategory", Enum.GetValues<FeeCategory>().SelectMany(x => new[] { x.Alias(), x.Name() }).ToList());
}

[DataEditor(GovEditorAliases.FeeStandard, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class FeeStandardDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new FeeStandardValidator();
}

[DataEditor(GovEditorAliases.MeetingAgenda, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class MeetingAgendaDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new MeetingAgendaValidator();
}

/// <summary>解读关联: policy keys; targets must exist and be 主动公开 (looked up through the content service).</summary>
[DataEditor(GovEditorAliases.InterpretationLink, ValueType = ValueTypes.Json, ValueEditorIsReusable = false)]
public sealed class InterpretationLinkDataEditor(IDataValueEditorFactory f, IContentService contentService) : GovDataEditor(f)
{
    protected override IValueValidator CreateValidator() => new InterpretationLinkValidator(id =>
        UmbracoContentAdapter.KeyOf(id) is { } key && contentService.GetById(key) is { } c && c.ContentType.Alias == GovContentTypes.PolicyDocument
            ? UmbracoContentAdapter.ToPolicy(c)
            : null);
}
