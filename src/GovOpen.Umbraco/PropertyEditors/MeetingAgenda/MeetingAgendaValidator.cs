using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Meetings;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>A meeting agenda: a JSON list that <see cref="Meeting.ValidateAgenda"/> accepts.</summary>
public sealed class MeetingAgendaValidator : GovValueValidator
{
    /// <inheritdoc />
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        if (ParseAs<JsonArray>(value, "agenda", issues, "议题应为列表", "The agenda must be a list.") is { } node)
        {
            issues.AddRange(Meeting.ValidateAgenda(AgendaCodec.Read(node)));
        }
        return issues;
    }
}
