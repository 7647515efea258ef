using System.Collections.Frozen;

namespace GovOpen.Core.Calendar;

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
    private readonly FrozenSet<int> _provisionalYears;

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
        _provisionalYears = byYear.Values.Where(y => y.Provisional).Select(y => y.Year).ToFrozenSet();
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

    /// <summary>
    /// A new calendar with more years (e.g. an agency's <c>YYYY.json</c> files, read by
    /// <c>GovOpen.Packaging.CalendarFiles</c>): a year given here replaces the embedded one, so an agency adds the next
    /// year's 放假调休 arrangement as soon as the State Council publishes it, without waiting for a new release.
    /// </summary>
    public WorkCalendar WithYears(IEnumerable<HolidayYear> added)
    {
        var list = added.ToList();
        var replaced = list.Select(y => y.Year).ToHashSet();
        return new WorkCalendar(_years.Values.Where(y => !replaced.Contains(y.Year)).Concat(list), Options);
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

    /// <summary>Years computed from the statutory holidays alone (no published arrangement yet).</summary>
    public IReadOnlyCollection<int> ProvisionalYears => _provisionalYears;

    /// <summary>Whether a date lies in a provisional year: a result that involves it is 暂定.</summary>
    public bool IsProvisional(DateOnly date) => _provisionalYears.Contains(date.Year);

    /// <summary>
    /// This calendar with every year after the last published one, through <paramref name="throughYear"/>, filled in
    /// provisionally from the statutory holidays (<see cref="StatutoryHolidays"/>). Published years stay as they are.
    /// </summary>
    public WorkCalendar WithProvisionalYears(int throughYear)
    {
        var from = Math.Max(LastYear + 1, 2025);
        if (throughYear < from)
        {
            return this;
        }
        var added = Enumerable.Range(from, Math.Min(throughYear, 2099) - from + 1).Where(y => !_publishedYears.Contains(y)).Select(StatutoryHolidays.Provisional);
        return new WorkCalendar(_years.Values.Concat(added), Options);
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
