using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovOpen.Core.Calendar;

/// <summary>One day of an official arrangement: a day off, or a weekend day declared a working day (调休上班).</summary>
public sealed record CalendarDay(DateOnly Date, string Name, bool IsOffDay);

/// <summary>
/// The arrangement published for one year (国务院办公厅《关于YYYY年部分节假日安排的通知》), in the shape of
/// NateScarlet/holiday-cn: <c>{year, papers[], days[{name, date, isOffDay}]}</c>.
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<string> Papers, IReadOnlyList<CalendarDay> Days)
{
    /// <summary>An empty <see cref="Days"/> list means no arrangement has been published for the year.</summary>
    public bool IsPublished => Days.Count > 0;

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
            if (!DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
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

/// <summary>Settings that local practice decides (docs/domain-model.md, working days).</summary>
public sealed record WorkCalendarOptions
{
    /// <summary>Whether weekend days declared working days (调休上班) count as working days. Common practice: yes.</summary>
    public bool MakeUpWorkdaysCount { get; init; } = true;
}

/// <summary>Raised when a date lies in a year with no published arrangement; the calendar never guesses.</summary>
public sealed class CalendarNotPublishedException(int year, DateOnly date)
    : GovOpenException(Issue.Error("date", "calendar-not-published",
        $"{year}年的节假日安排尚未发布，无法计算{date:yyyy-MM-dd}所涉及的工作日；请在国务院办公厅通知发布后更新日历数据",
        $"No public-holiday arrangement has been published for {year}; working days involving {date:yyyy-MM-dd} cannot be computed."))
{
    public int Year { get; } = year;

    public DateOnly Date { get; } = date;
}

/// <summary>
/// The PRC working-day calendar: Monday–Friday are working days unless the State Council arrangement
/// makes them days off; weekend days declared 调休上班 are working days. Counting starts the day after
/// the start date (the starting day is not counted). A date in a year with no published arrangement
/// raises <see cref="CalendarNotPublishedException"/>.
/// </summary>
public sealed class WorkCalendar
{
    private readonly FrozenDictionary<DateOnly, CalendarDay> _days;
    private readonly FrozenSet<int> _publishedYears;
    private readonly IReadOnlyDictionary<int, HolidayYear> _years;

    public WorkCalendar(IEnumerable<HolidayYear> years, WorkCalendarOptions? options = null)
    {
        Options = options ?? new WorkCalendarOptions();
        var byYear = new Dictionary<int, HolidayYear>();
        var days = new Dictionary<DateOnly, CalendarDay>();
        foreach (var y in years.OrderBy(y => y.Year))
        {
            byYear[y.Year] = y;
            foreach (var d in y.Days)
            {
                days[d.Date] = d; // later notices (and local additions) override earlier ones
            }
        }
        _years = byYear;
        _days = days.ToFrozenDictionary();
        _publishedYears = byYear.Values.Where(y => y.IsPublished).Select(y => y.Year).ToFrozenSet();
        if (_publishedYears.Count > 0)
        {
            FirstYear = _publishedYears.Min();
            LastYear = _publishedYears.Max();
        }
    }

    public WorkCalendarOptions Options { get; }

    /// <summary>First year with a published arrangement (0 when there is none).</summary>
    public int FirstYear { get; }

    /// <summary>Last year with a published arrangement (0 when there is none).</summary>
    public int LastYear { get; }

    /// <summary>Years with a published arrangement.</summary>
    public IReadOnlyCollection<int> PublishedYears => _publishedYears;

    /// <summary>The notices a year's data comes from (provenance), empty for local or unknown years.</summary>
    public IReadOnlyList<string> Provenance(int year) => _years.TryGetValue(year, out var y) ? y.Papers : [];

    /// <summary>The official (or local) entry for a date, if any.</summary>
    public CalendarDay? Entry(DateOnly date) => _days.TryGetValue(date, out var d) ? d : null;

    private static WorkCalendar? _embedded;

    /// <summary>The calendar built from the holiday-cn data embedded in this assembly (MIT, NateScarlet/holiday-cn).</summary>
    public static WorkCalendar Embedded => _embedded ??= new WorkCalendar(LoadEmbeddedYears());

    /// <summary>The embedded year files.</summary>
    public static IReadOnlyList<HolidayYear> LoadEmbeddedYears()
    {
        var asm = typeof(WorkCalendar).Assembly;
        var list = new List<HolidayYear>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("GovOpen.Core.holidays-cn.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            list.Add(HolidayYear.FromJson(s, name));
        }
        return list;
    }

    /// <summary>Loads every <c>YYYY.json</c> file of a directory (the same format), e.g. an agency's updated copy.</summary>
    public static IReadOnlyList<HolidayYear> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Calendar directory not found: {directory}");
        }
        var list = new List<HolidayYear>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var s = File.OpenRead(file);
            list.Add(HolidayYear.FromJson(s, file));
        }
        return list;
    }

    /// <summary>
    /// A new calendar with additional days (an agency's local days off or make-up days, or a year entered by hand
    /// before the data files are updated). Days given here override the official data; a year supplied with days
    /// becomes published.
    /// </summary>
    public WorkCalendar With(IEnumerable<CalendarDay> localDays, string provenance = "local")
    {
        var extra = localDays.GroupBy(d => d.Date.Year)
            .Select(g => new HolidayYear(g.Key, [provenance], g.ToList()));
        var merged = _years.Values.Select(y => y).ToList();
        foreach (var e in extra)
        {
            var existing = merged.FindIndex(y => y.Year == e.Year);
            if (existing >= 0)
            {
                var y = merged[existing];
                merged[existing] = y with { Papers = [.. y.Papers, .. e.Papers], Days = [.. y.Days, .. e.Days] };
            }
            else
            {
                merged.Add(e);
            }
        }
        return new WorkCalendar(merged, Options);
    }

    /// <summary>True when the arrangement for the date's year is published (or it is covered by a neighbouring file).</summary>
    public bool Covers(DateOnly date) => _publishedYears.Contains(date.Year);

    /// <summary>Whether a date is a working day. Throws <see cref="CalendarNotPublishedException"/> outside the published years.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (!Covers(date))
        {
            throw new CalendarNotPublishedException(date.Year, date);
        }
        if (_days.TryGetValue(date, out var d))
        {
            if (d.IsOffDay)
            {
                return false;
            }
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            return !weekend || Options.MakeUpWorkdaysCount;
        }
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>
    /// (the start day itself is not counted). Zero returns the start date; a negative count goes back.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var d = start;
        while (remaining > 0)
        {
            d = d.AddDays(step);
            if (IsWorkingDay(d))
            {
                remaining--;
            }
        }
        return d;
    }

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]: the start day is not counted, the end day is.
    /// Negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Next working day on or after a date.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var d = date;
        while (!IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }
        return d;
    }
}
