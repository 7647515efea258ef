namespace GovOpen.Core.Calendar;

/// <summary>One day of an official arrangement: a day off, or a weekend day declared a working day (调休上班).</summary>
public sealed record CalendarDay(DateOnly Date, string Name, bool IsOffDay);
