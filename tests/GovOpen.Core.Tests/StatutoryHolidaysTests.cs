using GovOpen.Core.Calendar;

namespace GovOpen.Core.Tests;

public sealed class StatutoryHolidaysTests
{
    [Theory]
    // The published arrangements' core holidays (without 调休) for years the embedded data covers: the provisional rule
    // must reproduce every statutory day of them.
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_provisional_rule_reproduces_every_statutory_day_off_of_a_published_year(int year)
    {
        var provisional = StatutoryHolidays.Provisional(year).Days.Select(d => d.Date).ToList();
        Assert.Equal(13, provisional.Count); // 元旦1 春节4 清明1 劳动2 端午1 中秋1 国庆3
        var published = WorkCalendar.Embedded;
        Assert.All(provisional, d => Assert.False(published.IsWorkingDay(d), $"{d} is a statutory holiday in {year}'s arrangement"));
    }

    [Fact]
    public void Lunar_holidays_and_qingming_fall_on_the_known_dates()
    {
        Assert.Equal(new DateOnly(2027, 2, 6), StatutoryHolidays.FromLunar(2027, 1, 1)); // 春节 2027
        Assert.Equal(new DateOnly(2027, 6, 9), StatutoryHolidays.FromLunar(2027, 5, 5)); // 端午 2027
        Assert.Equal(new DateOnly(2027, 9, 15), StatutoryHolidays.FromLunar(2027, 8, 15)); // 中秋 2027
        Assert.Equal(new DateOnly(2025, 10, 6), StatutoryHolidays.FromLunar(2025, 8, 15)); // 2025 has a leap sixth month
        Assert.Equal(new DateOnly(2027, 4, 5), StatutoryHolidays.QingMing(2027));
        Assert.Equal(new DateOnly(2025, 4, 4), StatutoryHolidays.QingMing(2025));
        Assert.Equal(new DateOnly(2028, 4, 4), StatutoryHolidays.QingMing(2028));
    }

    [Fact]
    public void A_provisional_year_is_marked_and_never_replaces_a_published_one()
    {
        var calendar = WorkCalendar.Embedded.WithProvisionalYears(2027);
        Assert.Contains(2027, calendar.ProvisionalYears);
        Assert.DoesNotContain(2026, calendar.ProvisionalYears);
        Assert.True(calendar.IsProvisional(new DateOnly(2027, 3, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 5))); // 除夕
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 10))); // after 初三 (no 调休 foreseen)
        Assert.Equal(WorkCalendar.Embedded.AddWorkingDays(new DateOnly(2026, 9, 20), 20), calendar.AddWorkingDays(new DateOnly(2026, 9, 20), 20));
        Assert.Same(WorkCalendar.Embedded, WorkCalendar.Embedded.WithProvisionalYears(2026));
    }
}
