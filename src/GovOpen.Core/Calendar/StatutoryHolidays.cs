using System.Globalization;

namespace GovOpen.Core.Calendar;

/// <summary>
/// The statutory public holidays of a year by 《全国年节及纪念日放假办法》 (as amended 2024-11-10, in force from
/// 2025-01-01): 元旦 1 day; 春节 4 days (农历除夕 and 正月初一至初三); 清明 1 day (the solar term); 劳动节 2 days
/// (5月1日、2日); 端午 1 day (农历五月初五); 中秋 1 day (农历八月十五); 国庆 3 days (10月1日至3日). Lunar dates come
/// from .NET's <see cref="ChineseLunisolarCalendar"/>, 清明 from the solar-term formula. The State Council's yearly
/// arrangement adds 调休 (moved days and make-up working days) that cannot be foreseen, so a year built from these
/// alone is <b>provisional</b>: deadlines computed on it are shown as 暂定 and recomputed once the arrangement is loaded.
/// </summary>
public static class StatutoryHolidays
{
    public const string Paper = "暂定：按《全国年节及纪念日放假办法》（2024年修订）推算，不含调休；国务院办公厅公布当年放假安排后重新计算";

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The provisional arrangement of <paramref name="year"/> (2025–2099).</summary>
    public static HolidayYear Provisional(int year)
    {
        if (year is < 2025 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "Provisional years are computed for 2025–2099.");
        }
        var days = new List<CalendarDay>();
        void Off(DateOnly d, string name) => days.Add(new CalendarDay(d, name + "（暂定）", IsOffDay: true));
        Off(new DateOnly(year, 1, 1), "元旦");
        var newYear = FromLunar(year, 1, 1);
        Off(newYear.AddDays(-1), "春节");
        for (var i = 0; i < 3; i++)
        {
            Off(newYear.AddDays(i), "春节");
        }
        Off(QingMing(year), "清明节");
        Off(new DateOnly(year, 5, 1), "劳动节");
        Off(new DateOnly(year, 5, 2), "劳动节");
        Off(FromLunar(year, 5, 5), "端午节");
        Off(FromLunar(year, 8, 15), "中秋节");
        for (var i = 1; i <= 3; i++)
        {
            Off(new DateOnly(year, 10, i), "国庆节");
        }
        return new HolidayYear(year, [Paper], days.OrderBy(d => d.Date).ToList()) { Provisional = true };
    }

    /// <summary>The Gregorian date of a lunar month and day in the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly FromLunar(int year, int month, int day)
    {
        // A leap month shifts the index of every later month of that lunar year.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>清明 (the solar term at 15° of solar longitude), by the 寿星 formula for the 21st century: April [Y×0.2422 + 4.81] − [Y/4].</summary>
    public static DateOnly QingMing(int year)
    {
        var y = year % 100;
        var day = (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
        return new DateOnly(year, 4, day);
    }
}
