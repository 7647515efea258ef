using System.Text.Json;
using GovOpen.Core.Calendar;

namespace GovOpen.Core.Tests;

/// <summary>
/// The embedded calendar (NateScarlet/holiday-cn) against an independent transcription of the same State Council
/// notices (npm chinese-days 1.5.7, Fixtures/chinese-days): every day of every year both cover must be a working day
/// in one exactly when it is in the other.
/// </summary>
public sealed class CalendarSecondSourceTests
{
    private static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "chinese-days", "chinese-days.json");

    [Fact]
    public void Every_day_of_every_published_year_agrees_with_a_second_transcription()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path));
        var off = doc.RootElement.GetProperty("holidays").EnumerateObject().Select(p => DateOnly.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var on = doc.RootElement.GetProperty("workdays").EnumerateObject().Select(p => DateOnly.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var secondYears = off.Concat(on).Select(d => d.Year).ToHashSet();
        var calendar = WorkCalendar.Embedded;
        var years = calendar.PublishedYears.Where(secondYears.Contains).Order().ToList();
        Assert.True(years.Count >= 15, $"only {years.Count} years in common");
        Assert.Contains(2026, years);
        var disagreements = new List<string>();
        var days = 0;
        foreach (var year in years)
        {
            for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            {
                var second = on.Contains(d) || d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !off.Contains(d);
                if (calendar.IsWorkingDay(d) != second)
                {
                    disagreements.Add($"{d:yyyy-MM-dd} embedded {(calendar.IsWorkingDay(d) ? "working" : "off")}, second source {(second ? "working" : "off")}");
                }
                days++;
            }
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(days > 5_000);
    }
}
