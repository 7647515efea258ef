using GovOpen.Core.Calendar;
using GovOpen.Packaging;

namespace GovOpen.Packaging.Tests;

public sealed class CalendarFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-calendar").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void A_year_file_in_the_agencys_folder_adds_a_year_the_release_does_not_have()
    {
        // A made-up arrangement for the test only (not the State Council's): 2027-01-04 off, Sunday 2027-01-10 worked.
        File.WriteAllText(Path.Combine(_dir, "2027.json"), """
            {"year": 2027, "papers": ["test arrangement, not official"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "测试", "date": "2027-01-04", "isOffDay": true},
              {"name": "测试", "date": "2027-01-10", "isOffDay": false}
            ]}
            """);
        Assert.Throws<CalendarNotPublishedException>(() => WorkCalendar.Embedded.AddWorkingDays(new DateOnly(2026, 12, 31), 1));
        var calendar = WorkCalendar.Embedded.WithYearsFrom(_dir);
        Assert.True(calendar.Covers(new DateOnly(2027, 6, 1)));
        Assert.Equal(new DateOnly(2027, 1, 5), calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1)); // 1st and 4th off, 2nd/3rd weekend
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 10)));
        // The embedded years are unchanged.
        Assert.Equal(WorkCalendar.Embedded.AddWorkingDays(new DateOnly(2026, 9, 26), 20), calendar.AddWorkingDays(new DateOnly(2026, 9, 26), 20));
    }

    [Fact]
    public void A_request_whose_deadline_reaches_an_unpublished_year_gets_a_provisional_date_recomputed_once_the_year_is_loaded()
    {
        var r = GovOpen.Core.Requests.DisclosureRequest.FromEvents("YSQ-2026-000001", GovOpen.Core.Requests.ApplicantType.NaturalPerson,
            [new GovOpen.Core.Requests.RequestEvent(GovOpen.Core.Requests.RequestEventKind.Received, new DateOnly(2026, 12, 21), Channel: GovOpen.Core.Requests.RequestChannel.Online)]);
        var status = r.Status(WorkCalendar.Embedded, new DateOnly(2026, 12, 22));
        // 8 working days left in 2026, 元旦 2027 (Friday) off, then 12 more: Tuesday 19 January 2027.
        Assert.Equal(new DateOnly(2027, 1, 19), status.Deadline);
        Assert.True(status.Provisional);
        Assert.Contains(status.Warnings, w => w.Code == "provisional" && w.Message.Contains("2027") && w.Message.Contains("暂定"));

        // The official arrangement is loaded (here with an extra day off and a make-up working day): recomputed, no longer provisional.
        File.WriteAllText(Path.Combine(_dir, "2027.json"), """
            {"year":2027,"papers":["测试"],"days":[
              {"name":"元旦","date":"2027-01-01","isOffDay":true},
              {"name":"测试调休","date":"2027-01-04","isOffDay":true},
              {"name":"测试补班","date":"2027-01-09","isOffDay":false}
            ]}
            """);
        var official = r.Status(WorkCalendar.Embedded.WithYearsFrom(_dir), new DateOnly(2026, 12, 22));
        Assert.False(official.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 19), official.Deadline); // one day lost, one gained
        Assert.DoesNotContain(official.Warnings, w => w.Code == "provisional");
    }

    private static DateOnly Day(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Loads_a_directory_and_reports_broken_files()
    {
        var dir = Directory.CreateTempSubdirectory("govopen-cal").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "2030.json"), """{"year":2030,"papers":["local"],"days":[{"name":"元旦","date":"2030-01-01","isOffDay":true}]}""");
            var cal = new WorkCalendar(CalendarFiles.Load(dir));
            Assert.False(cal.IsWorkingDay(Day("2030-01-01")));
            Assert.True(cal.IsWorkingDay(Day("2030-01-02")));

            File.WriteAllText(Path.Combine(dir, "2031.json"), """{"year":2031,"days":[{"name":"x","date":"31/01/2031","isOffDay":true}]}""");
            var e = Assert.Throws<FormatException>(() => CalendarFiles.Load(dir));
            Assert.Contains("2031.json", e.Message);
            Assert.Contains("31/01/2031", e.Message);

            File.WriteAllText(Path.Combine(dir, "2031.json"), "not json");
            Assert.Contains("2031.json", Assert.Throws<FormatException>(() => CalendarFiles.Load(dir)).Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
        Assert.Throws<DirectoryNotFoundException>(() => CalendarFiles.Load("/nonexistent/govopen"));
    }

}
