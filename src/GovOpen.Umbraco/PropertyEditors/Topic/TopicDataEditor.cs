using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>主题分类: a topic of Core's taxonomy (top level or top\sub).</summary>
[DataEditor(EditorAliases.Topic, ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class TopicDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new TopicValidator();
}
