namespace GovOpen.Core.Meetings;

/// <summary>One 议题 of a meeting with its 决定事项 and the documents and interpretations it led to.</summary>
public sealed record AgendaItem(
    string Topic,
    string? Decision = null,
    bool IsPublic = true,
    IReadOnlyList<string>? DocumentIds = null,
    IReadOnlyList<string>? InterpretationIds = null,
    string? Presenter = null)
{
    public IReadOnlyList<string> DocumentIdList => DocumentIds ?? [];

    public IReadOnlyList<string> InterpretationIdList => InterpretationIds ?? [];
}
