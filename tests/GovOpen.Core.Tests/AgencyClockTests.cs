using GovOpen.Core.Time;

namespace GovOpen.Core.Tests;

public sealed class AgencyClockTests
{
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc; // the server's zone must not matter
    }

    [Fact]
    public void Today_is_the_agency_date_not_the_server_date()
    {
        var clock = new AgencyClock(new At(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today); // 00:30 on New Year's Day in Beijing
        Assert.Equal(TimeSpan.FromHours(8), clock.Now.Offset);
        Assert.Equal(new DateOnly(2026, 12, 31), new AgencyClock(new At(new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero))).Today);
    }

    [Fact]
    public void A_configured_zone_is_honoured_and_an_unknown_one_is_named()
    {
        var urumqi = new AgencyClock(new At(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero)), AgencyClock.FindZone("Asia/Urumqi"));
        Assert.Equal(new DateOnly(2026, 12, 31), urumqi.Today); // UTC+6
        var e = Assert.Throws<GovOpenException>(() => AgencyClock.FindZone("Mars/Olympus"));
        Assert.Equal("timeZone", e.Issue.Field);
    }
}
