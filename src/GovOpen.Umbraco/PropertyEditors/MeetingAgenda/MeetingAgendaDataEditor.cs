using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>会议议题: the meeting's agenda items stored as JSON.</summary>
[DataEditor(EditorAliases.MeetingAgenda, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class MeetingAgendaDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new MeetingAgendaValidator();
}
