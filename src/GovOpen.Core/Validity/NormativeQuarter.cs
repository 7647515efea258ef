using GovOpen.Core.Documents;

namespace GovOpen.Core.Validity;

/// <summary>
/// The 行政规范性文件 of the current calendar quarter (本季度发布的规范性文件): the set the back-office dashboard
/// lists beside <see cref="NormativeExpiry"/>, e.g. for the quarter's 规范性文件目录 and filing (备案) checks.
/// </summary>
public static class NormativeQuarter
{
    /// <summary>The first day of the calendar quarter that <paramref name="day"/> falls in (1 Jan, 1 Apr, 1 Jul or 1 Oct).</summary>
    public static DateOnly StartOf(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    /// <summary>A normative document published from the start of today's quarter up to and including today.</summary>
    public static bool IsPublishedThisQuarter(PolicyDocument p, DateOnly today) =>
        p.IsNormative && p.PublishedDate is { } published && published >= StartOf(today) && published <= today;
}
