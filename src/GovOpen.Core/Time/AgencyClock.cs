namespace GovOpen.Core.Time;

/// <summary>
/// The agency's "today": the calendar date in the agency's configured time zone (China Standard Time unless
/// configured otherwise), never the server's zone. Every deadline, publication gate and validity label asks this
/// one clock; Core's rules themselves take the day as a parameter.
/// </summary>
public sealed class AgencyClock
{
    /// <summary>The IANA id of the default zone (UTC+8, no daylight saving).</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public AgencyClock(TimeProvider time, TimeZoneInfo? zone = null)
    {
        Time = time;
        Zone = zone ?? FindZone(DefaultTimeZoneId);
    }

    /// <summary>The system clock in China Standard Time.</summary>
    public static AgencyClock System { get; } = new(TimeProvider.System);

    public TimeProvider Time { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The current instant in the agency's zone.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Zone);

    /// <summary>The agency's calendar date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The agency's calendar date of an instant (e.g. a creation timestamp).</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The zone for an IANA or Windows id; a fixed UTC+8 zone when the host has no time-zone database (e.g. a
    /// container without tzdata), since China has had no daylight saving since 1991.
    /// </summary>
    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (id is DefaultTimeZoneId or "China Standard Time")
            {
                return TimeZoneInfo.CreateCustomTimeZone(DefaultTimeZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
            }
            throw new GovOpenException(Issue.Error("timeZone", "unknown", $"未知的时区“{id}”", $"Unknown time zone '{id}'."));
        }
    }
}
