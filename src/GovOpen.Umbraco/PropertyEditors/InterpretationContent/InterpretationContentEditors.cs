using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Interpretations;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// 图解: images picked from Umbraco's media, each with alternative text and an optional long description, stored as
/// JSON (<c>[{"mediaKey","url","alt","longDescription","width","height"}]</c>). The URL and size are read from the
/// media item when the interpretation is published (<c>PublishingGuard</c>), so the Delivery API gives them as they are then.
/// </summary>
[DataEditor(EditorAliases.GraphicImages, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class GraphicImagesDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new GraphicImagesValidator();
}

/// <summary>A 图解 value: a JSON list whose images <see cref="InterpretationRules.ValidateImages"/> accepts.</summary>
public sealed class GraphicImagesValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        if (ParseAs<JsonArray>(value, PropertyAliases.Images, issues, "图解应为图片列表", "The graphic must be a list of images.") is { } node)
        {
            issues.AddRange(InterpretationRules.ValidateImages(InterpretationContentCodec.ReadImages(node)));
        }
        return issues;
    }
}

/// <summary>问答: question-and-answer pairs stored as JSON (<c>[{"question","answer"}]</c>).</summary>
[DataEditor(EditorAliases.QuestionsAndAnswers, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class QuestionsAndAnswersDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new QuestionsAndAnswersValidator();
}

/// <summary>A 问答 value: a JSON list whose pairs <see cref="InterpretationRules.ValidateQuestions"/> accepts.</summary>
public sealed class QuestionsAndAnswersValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        if (ParseAs<JsonArray>(value, PropertyAliases.QuestionsAndAnswers, issues, "问答应为列表", "The Q&A must be a list.") is { } node)
        {
            issues.AddRange(InterpretationRules.ValidateQuestions(InterpretationContentCodec.ReadQuestions(node)));
        }
        return issues;
    }
}
