using GovOpen.Core.Calendar;

namespace GovOpen.Core.Consultations;

/// <summary>Where a consultation stands on a day.</summary>
public enum ConsultationState
{
    /// <summary>Announced, not yet open for comment.</summary>
    Scheduled,
    Open,
    /// <summary>Closed; the 意见采纳情况 is not published yet.</summary>
    AwaitingFeedback,
    /// <summary>The 意见采纳情况 is published.</summary>
    Completed,
}

/// <summary>
/// A draft put out for public comment (意见征集): its kind, the period (both days included, in the agency's calendar),
/// the stated reason when the period is shorter than the law's minimum, and the published feedback (意见采纳情况).
/// </summary>
public sealed record Consultation(
    string Id,
    string Title,
    ConsultationKind Kind,
    DateOnly Opens,
    DateOnly Closes,
    string? ShortenedReason = null,
    DateOnly? FeedbackPublished = null,
    string? FinalDocumentId = null,
    bool NameRequired = false);

/// <summary>The rules of 意见征集 — periods, when comments are accepted, the feedback duty — each with its legal source.</summary>
public static class ConsultationRules
{
    /// <summary>Days after closing without a published 意见采纳情况 before it shows as overdue (when no final decision came first).</summary>
    public const int DefaultFeedbackGraceDays = 30;

    /// <summary>
    /// The earliest lawful last day of a period opening on <paramref name="opens"/>: 30 days for 重大行政决策 and 规章
    /// (the opening day not counted, 民法典 art. 201; a last day on a weekend or holiday moves to the next working day,
    /// art. 203); 7 working days for 行政规范性文件 (国办发〔2018〕37号); the opening day itself for other drafts.
    /// </summary>
    public static DateOnly EarliestClose(ConsultationKind kind, DateOnly opens, WorkCalendar calendar)
    {
        var cal = calendar.WithProvisionalYears(opens.Year + 1);
        return kind switch
        {
            ConsultationKind.MajorDecision or ConsultationKind.Rule => cal.NextWorkingDayOnOrAfter(opens.AddDays(30)),
            ConsultationKind.NormativeDocument => cal.AddWorkingDays(opens, 7),
            _ => opens,
        };
    }

    /// <summary>The statutory minimum in words, for the page and for messages.</summary>
    public static string MinimumText(ConsultationKind kind) => kind switch
    {
        ConsultationKind.MajorDecision => "一般不少于30日（《重大行政决策程序暂行条例》第十五条）",
        ConsultationKind.Rule => "一般不少于30日（《规章制定程序条例》第十六条）",
        ConsultationKind.NormativeDocument => "一般不少于7个工作日（国办发〔2018〕37号）",
        _ => "由本机关确定",
    };

    /// <summary>Problems with a consultation as an editor set it up; each names its field.</summary>
    public static IReadOnlyList<Issue> Validate(Consultation c, WorkCalendar calendar)
    {
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(c.Title))
        {
            issues.Add(Issue.Error("name", "required", "征集标题不能为空", "The title is required."));
        }
        if (c.Closes < c.Opens)
        {
            issues.Add(Issue.Error("closes", "before-opens", "截止日期早于开始日期", "The closing day is before the opening day."));
            return issues;
        }
        var earliest = EarliestClose(c.Kind, c.Opens, calendar);
        if (c.Closes < earliest)
        {
            if (string.IsNullOrWhiteSpace(c.ShortenedReason))
            {
                issues.Add(Issue.Error("closes", "too-short",
                    $"{ConsultationNames.Kinds.Name(c.Kind)}征求意见期限{MinimumText(c.Kind)}，自{GovOpen.Core.Text.IsoDate.Format(c.Opens)}开始的最早应截止于{GovOpen.Core.Text.IsoDate.Format(earliest)}；缩短期限须填写理由并公开说明",
                    $"The period must last until {GovOpen.Core.Text.IsoDate.Format(earliest)} at least, or state why it is shorter."));
            }
            else
            {
                issues.Add(Issue.Warn("closes", "shortened", $"征求意见期限短于{MinimumText(c.Kind)}，理由将在页面上公开：{c.ShortenedReason}", "The period is shorter than the minimum; the reason is shown publicly."));
            }
        }
        return issues;
    }

    public static ConsultationState StateOn(Consultation c, DateOnly today) =>
        c.FeedbackPublished is { } f && f <= today ? ConsultationState.Completed
        : today < c.Opens ? ConsultationState.Scheduled
        : today <= c.Closes ? ConsultationState.Open
        : ConsultationState.AwaitingFeedback;

    /// <summary>Whether a comment received on <paramref name="today"/> (the agency's date) is accepted: from the opening day through the closing day.</summary>
    public static bool AcceptsComments(Consultation c, DateOnly today) => today >= c.Opens && today <= c.Closes;

    /// <summary>Calendar days left including today while open (the closing day counts), else 0.</summary>
    public static int DaysLeft(Consultation c, DateOnly today) => AcceptsComments(c, today) ? c.Closes.DayNumber - today.DayNumber + 1 : 0;

    /// <summary>
    /// The feedback duty: the 意见采纳情况 is published before or with the final decision. Overdue when the final
    /// document is published without it, or when <paramref name="graceDays"/> have passed since closing.
    /// </summary>
    public static bool FeedbackOverdue(Consultation c, DateOnly today, bool finalPublished, int graceDays = DefaultFeedbackGraceDays) =>
        StateOn(c, today) == ConsultationState.AwaitingFeedback && (finalPublished || today.DayNumber - c.Closes.DayNumber > graceDays);
}
