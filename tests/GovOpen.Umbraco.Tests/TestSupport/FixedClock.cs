namespace GovOpen.Umbraco.Tests;

internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    /// <summary>The agency clock (China Standard Time) over this time source.</summary>
    public static implicit operator GovOpen.Core.Time.AgencyClock(FixedClock clock) => new(clock);

    /// <summary>The day it is; tests may move it.</summary>
    public DateOnly Day { get; set; } = day;

    public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
