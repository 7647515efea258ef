namespace GovOpen.Core.Calendar;

/// <summary>Raised when a date lies in a year with no published arrangement; the calendar never guesses.</summary>
public sealed class CalendarNotPublishedException(int year, DateOnly date)
    : GovOpenException(Issue.Error("date", "calendar-not-published",
        $"{year}年的节假日安排尚未发布，无法计算{GovOpen.Core.Text.IsoDate.Format(date)}所涉及的工作日；请在国务院办公厅通知发布后更新日历数据",
        $"No public-holiday arrangement has been published for {year}; working days involving {GovOpen.Core.Text.IsoDate.Format(date)} cannot be computed."))
{
    public int Year { get; } = year;

    public DateOnly Date { get; } = date;
}
