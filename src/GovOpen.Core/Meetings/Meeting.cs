using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Meetings;

/// <summary>
/// A disclosed meeting (会议公开, 国办发〔2016〕80号): 常务会议, 主任办公会 and the like. Only items marked
/// public appear on public surfaces; the meeting itself follows the 公开属性 gate.
/// </summary>
public sealed record Meeting : IPublicationCandidate
{
    public const int MaxItems = 200;

    public required string Id { get; init; }

    /// <summary>Meeting name, e.g. 示例市人民政府第12次常务会议.</summary>
    public required string Name { get; init; }

    /// <summary>Series, e.g. 常务会议, 主任办公会.</summary>
    public string? Series { get; init; }

    /// <summary>Session number within the series (第N次).</summary>
    public int? Number { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>主持人.</summary>
    public string? Host { get; init; }

    /// <summary>出席/列席 as text (includes public representatives invited under 80号).</summary>
    public string? Attendees { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<AgendaItem> Items { get; init; } = [];

    public DateOnly? PublishedDate { get; init; }

    public DisclosureDecision Disclosure { get; init; } = DisclosureDecision.Proactive;

    /// <summary>The items that may be shown publicly, in agenda order.</summary>
    public IReadOnlyList<AgendaItem> PublicItems => Items.Where(i => i.IsPublic).ToList();

    /// <summary>Checks an agenda: not too long, and every item has its topic.</summary>
    public static IReadOnlyList<Issue> ValidateAgenda(IReadOnlyList<AgendaItem> items)
    {
        var issues = new List<Issue>();
        if (items.Count > MaxItems)
        {
            issues.Add(Issue.Error("agenda", "too-many", $"议题过多（最多{MaxItems}项）", $"More than {MaxItems} agenda items."));
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Topic))
            {
                issues.Add(Issue.Error("agenda", "topic-required", $"第{i + 1}项议题缺少议题名称", $"Agenda item {i + 1} has no topic."));
            }
        }
        return issues;
    }

    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            issues.Add(Issue.Error("name", "required", "会议名称不能为空", "The meeting name is required."));
        }
        if (Date is null)
        {
            issues.Add(Issue.Error("meetingDate", "required", "会议日期不能为空", "The meeting date is required."));
        }
        if (Number is <= 0)
        {
            issues.Add(Issue.Error("meetingNumber", "range", "会议届次须为正整数", "The session number must be positive."));
        }
        if (PublishedDate is { } p && Date is { } d && p < d)
        {
            issues.Add(Issue.Error("publishedDate", "before-meeting", "发布日期不能早于会议日期", "The publication date cannot be before the meeting."));
        }
        issues.AddRange(ValidateAgenda(Items));
        issues.AddRange(Disclosure.Validate());
        return issues;
    }
}
