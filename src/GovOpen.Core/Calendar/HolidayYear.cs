using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovOpen.Core.Calendar;

/// <summary>
/// The arrangement published for one year (国务院办公厅《关于YYYY年部分节假日安排的通知》), in the shape of
/// NateScarlet/holiday-cn: <c>{year, papers[], days[{name, date, isOffDay}]}</c>.
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<string> Papers, IReadOnlyList<CalendarDay> Days)
{
    /// <summary>An empty <see cref="Days"/> list means no arrangement has been published for the year.</summary>
    public bool IsPublished => Days.Count > 0;

    /// <summary>Built from the statutory holidays alone (<see cref="StatutoryHolidays.Provisional"/>), not from a published arrangement.</summary>
    public bool Provisional { get; init; }

    /// <summary>Reads one holiday-cn year file. Throws <see cref="FormatException"/> naming the problem.</summary>
    public static HolidayYear FromJson(Stream json, string sourceName)
    {
        HolidayFile? file;
        try
        {
            file = JsonSerializer.Deserialize<HolidayFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not a holiday calendar file ({e.Message})", e);
        }
        if (file is null || file.Year is < 1949 or > 2200)
        {
            throw new FormatException($"{sourceName}: missing or invalid \"year\"");
        }
        var days = new List<CalendarDay>();
        foreach (var d in file.Days ?? [])
        {
            if (!GovOpen.Core.Text.IsoDate.TryParse(d.Date, out var date))
            {
                throw new FormatException($"{sourceName}: day \"{d.Date}\" is not a yyyy-MM-dd date");
            }
            days.Add(new CalendarDay(date, d.Name ?? "", d.IsOffDay));
        }
        return new HolidayYear(file.Year, file.Papers ?? [], days);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed class HolidayFile
    {
        public int Year { get; set; }
        public List<string>? Papers { get; set; }
        public List<DayEntry>? Days { get; set; }
    }

    private sealed class DayEntry
    {
        public string? Name { get; set; }
        public string? Date { get; set; }
        [JsonPropertyName("isOffDay")]
        public bool IsOffDay { get; set; }
    }
}
