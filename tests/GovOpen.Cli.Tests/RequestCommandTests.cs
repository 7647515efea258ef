using System.Text.Json;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using GovOpen.Requests;

namespace GovOpen.Cli.Tests;

public sealed class RequestCommandTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"govopen-cli-req-{Guid.NewGuid():N}.db");

    private sealed class Clock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private RequestStore Store(RequestDbContext db, DateOnly day) => new(db, WorkCalendar.Embedded, new GovOpen.Core.Time.AgencyClock(new Clock(day)));

    private RequestDbContext Context() => new(RequestDbContext.Options("sqlite", $"Data Source={_file};Pooling=False"));

    private static RequestSubmission Submission(string token, ApplicantType type) => new()
    {
        ClientToken = token,
        ApplicantType = type,
        Name = "示例申请人",
        IdType = type == ApplicantType.NaturalPerson ? IdDocumentType.ResidentIdCard : null,
        IdNumber = type == ApplicantType.NaturalPerson ? "11010519491231002X" : null, // the example number of GB 11643
        CreditCode = type == ApplicantType.NaturalPerson ? null : "91000000MA0000000N",
        Contact = "010-62345678",
        Description = "示例市某项目的批复文件",
    };

    public async Task InitializeAsync()
    {
        await using var db = Context();
        var store = Store(db, new DateOnly(2025, 12, 1));
        await store.MigrateAsync();
        var a = await store.SubmitAsync(Submission("a", ApplicantType.NaturalPerson));
        var b = await store.SubmitAsync(Submission("b", ApplicantType.NaturalPerson));
        var c = await store.SubmitAsync(Submission("c", ApplicantType.Commercial));
        await store.RecordAsync(a.Number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2025, 12, 10), Outcome: RequestOutcome.Disclosed));
        await store.RecordAsync(c.Number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2025, 12, 19), Outcome: RequestOutcome.PartlyDisclosed));
        _ = b; // left open: carried into 2026
    }

    public Task DisposeAsync()
    {
        File.Delete(_file);
        return Task.CompletedTask;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (code, output, error) = Cli.Run(args);
        return (code, output.Trim(), error.Trim());
    }

    private static int[] Counts(JsonElement report, string key)
    {
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);
        return row.GetProperty("counts").EnumerateArray().Select(x => x.GetInt32()).Append(row.GetProperty("total").GetInt32()).ToArray();
    }

    [Fact]
    public void A_relative_db_that_is_not_there_names_the_full_path_it_looked_at()
    {
        // --db is relative to the current directory of the command, not to the site's content root.
        var relative = Path.Combine("App_Data", $"no-such-{Guid.NewGuid():N}.db");
        var (code, output, err) = Run("requests", "due", "--db", relative);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(Path.Combine(Directory.GetCurrentDirectory(), relative), err);
        Assert.Contains("current directory", err);
    }

    [Fact]
    public void Report_rolls_the_register_up_into_table_3()
    {
        var (code, output, err) = Run("requests", "report", "--year", "2025", "--db", _file);
        Assert.True(code == 0, err);
        var r = JsonDocument.Parse(output).RootElement;
        Assert.Equal(7, r.GetProperty("columns").GetArrayLength());
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], Counts(r, "new"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Counts(r, "outcome:Disclosed"));
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], Counts(r, "outcome:PartlyDisclosed"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Counts(r, "carried-out"));

        var next = JsonDocument.Parse(Run("requests", "report", "--year", "2026", "--db", _file).Out).RootElement;
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Counts(next, "carried-in"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], Counts(next, "new"));
    }

    [Fact]
    public void Report_as_text_is_a_tab_separated_table()
    {
        var (code, output, _) = Run("requests", "report", "--year", "2025", "--db", _file, "--format", "text");
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Contains("表三", lines[0]);
        Assert.Equal("项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("一、本年新收政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t3", StringComparison.Ordinal));
    }

    [Fact]
    public void Due_lists_open_requests_with_their_deadline()
    {
        var (code, output, err) = Run("requests", "due", "--date", "2025-12-30", "--db", _file);
        Assert.True(code == 0, err);
        var open = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var only = Assert.Single(open);
        Assert.Equal("YSQ-2025-000002", only.GetProperty("number").GetString());
        // Received Monday 2025-12-01; counting from the next day, the 20th working day is 2025-12-29.
        Assert.Equal("2025-12-29", only.GetProperty("deadline").GetString());
        Assert.True(only.GetProperty("overdue").GetBoolean());
    }

    [Theory]
    [InlineData("--year", "20x5", "--year")]
    [InlineData("--year", "1999", "--year")]
    [InlineData("--format", "xml", "--format")]
    public void Bad_options_are_named(string option, string value, string named)
    {
        var args = new List<string> { "requests", "report", "--db", _file, "--year", "2025" };
        var i = args.IndexOf(option);
        if (i >= 0)
        {
            args[i + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }
        var (code, _, err) = Run([.. args]);
        Assert.Equal(CliApp.Usage, code);
        Assert.Contains(named, err);
    }

    [Fact]
    public void A_missing_database_is_an_error_not_a_new_empty_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db");
        var (code, _, err) = Run("requests", "report", "--year", "2025", "--db", missing);
        Assert.Equal(CliApp.Invalid, code);
        Assert.Contains("--db", err);
        Assert.False(File.Exists(missing));
    }
}
