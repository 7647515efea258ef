using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests.Tests;

internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    /// <summary>The agency clock (China Standard Time) over this time source.</summary>
    public static implicit operator GovOpen.Core.Time.AgencyClock(FixedClock clock) => new(clock);

    public DateOnly Day { get; set; } = day;

    public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>A fresh, migrated database per test: a SQLite file, or a new PostgreSQL database on the test server.</summary>
public interface IStoreDatabase : IAsyncDisposable
{
    RequestDbContext NewContext();
}

public sealed class SqliteDatabase : IStoreDatabase
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"govopen-req-{Guid.NewGuid():N}.db");

    public RequestDbContext NewContext() => new(RequestDbContext.Options("sqlite", $"Data Source={_file};Pooling=False"));

    public ValueTask DisposeAsync()
    {
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresDatabase : IStoreDatabase
{
    private readonly string _conn;

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable("GOVOPEN_TEST_PG")
            ?? throw new InvalidOperationException("The PostgreSQL tests need a server: run ./scripts/test.sh (it starts one), or set GOVOPEN_TEST_PG after scripts/pg-start.sh.");
        _conn = server.Replace("Database=postgres", $"Database=govopen_{Guid.NewGuid():N}", StringComparison.Ordinal);
    }

    public RequestDbContext NewContext() => new(RequestDbContext.Options("postgres", _conn));

    public async ValueTask DisposeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureDeletedAsync();
    }
}

public abstract class StoreTests<TDb> : IAsyncLifetime where TDb : IStoreDatabase, new()
{
    private readonly TDb _db = new();
    private readonly FixedClock _clock = new(new DateOnly(2026, 3, 2));

    private RequestStore Store(RequestDbContext ctx) => new(ctx, WorkCalendar.Embedded, _clock);

    public async Task InitializeAsync()
    {
        await using var ctx = _db.NewContext();
        await Store(ctx).MigrateAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static RequestSubmission Submission(string token = "t-1", ApplicantType type = ApplicantType.NaturalPerson) => new()
    {
        ClientToken = token,
        ApplicantType = type,
        Name = type == ApplicantType.NaturalPerson ? "张某" : "示例科技有限公司",
        IdType = type == ApplicantType.NaturalPerson ? IdDocumentType.ResidentIdCard : null,
        IdNumber = type == ApplicantType.NaturalPerson ? "11010519491231002X" : null, // the example number of GB 11643
        CreditCode = type == ApplicantType.NaturalPerson ? null : "91000000MA0000000N",
        Contact = "13800000000",
        Description = "示例市2025年城市道路维修资金使用情况",
        Purpose = "研究",
        Attachments = [("身份证明.pdf", "application/pdf", "%PDF-1.4 sample"u8.ToArray())],
    };

    [Fact]
    public async Task A_paper_request_takes_its_receipt_date_from_art_31()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        // Sent by registered post on Friday 2026-02-27, signed for on Monday 2026-03-02.
        var r = await store.RegisterReceivedAsync(Submission("paper-1"), RequestChannel.RegisteredPost, new DateOnly(2026, 2, 27), signedFor: new DateOnly(2026, 3, 2));
        Assert.Equal(new DateOnly(2026, 3, 2), r.ReceivedOn);
        var ledger = (await store.LedgerAsync(r.Number))!;
        Assert.Equal(RequestChannel.RegisteredPost, ledger.Events[0].Channel);
        Assert.Equal(new DateOnly(2026, 3, 30), ledger.Status(WorkCalendar.Embedded, new DateOnly(2026, 3, 2)).Deadline);
        var e = await Assert.ThrowsAsync<GovOpenException>(() => store.RegisterReceivedAsync(Submission("paper-2"), RequestChannel.Letter, new DateOnly(2026, 2, 27)));
        Assert.Equal("confirmed", e.Issue.Field);
    }

    [Fact]
    public async Task Submit_numbers_the_request_and_shows_the_query_code_once()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var r = await store.SubmitAsync(Submission());
        Assert.Equal("YSQ-2026-000001", r.Number);
        Assert.NotNull(r.QueryCode);
        Assert.False(r.Duplicate);
        var second = await store.SubmitAsync(Submission("t-2", ApplicantType.Commercial));
        Assert.Equal("YSQ-2026-000002", second.Number);
        var stored = await ctx.Requests.AsNoTracking().SingleAsync(x => x.Number == r.Number);
        Assert.DoesNotContain(r.QueryCode!, stored.QueryCodeHash);
        Assert.Equal(RequestState.Received, (await store.LedgerAsync(r.Number))!.State);
    }

    [Fact]
    public async Task A_photo_of_an_id_card_is_kept_without_where_and_when_it_was_taken()
    {
        byte[] exif = [0xFF, 0xE1, 0x00, 0x1A, .. "Exif\0\0GPS 39.90 116.40 手机"u8.ToArray()];
        exif[3] = (byte)(exif.Length - 2);
        byte[] photo = [0xFF, 0xD8, .. exif, 0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x33, 0x44, 0xFF, 0xD9];
        await using var ctx = _db.NewContext();
        var r = await Store(ctx).SubmitAsync(Submission("t-photo") with { Attachments = [("身份证.jpg", "image/jpeg", photo)] });
        var stored = await ctx.Attachments.AsNoTracking().SingleAsync(a => a.FileName == "身份证.jpg");
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x33, 0x44, 0xFF, 0xD9], stored.Content);
        Assert.Equal(stored.Content.Length, stored.Size);
        Assert.NotNull(r.Number);
    }

    [Fact]
    public async Task A_duplicate_submission_is_idempotent_by_client_token()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var first = await store.SubmitAsync(Submission());
        var again = await store.SubmitAsync(Submission() with { Description = "第二次点击提交" });
        Assert.True(again.Duplicate);
        Assert.Equal(first.Number, again.Number);
        // A retry after a lost response gets the same, working 查询码: the applicant is never left without one.
        Assert.Equal(first.QueryCode, again.QueryCode);
        Assert.NotNull(await store.LookupAsync(again.Number, again.QueryCode));
        Assert.Equal(first.ReplyDue, again.ReplyDue);
        Assert.Equal(1, await ctx.Requests.CountAsync());
        // Another token, another code.
        var other = await store.SubmitAsync(Submission("t-other"));
        Assert.NotEqual(first.QueryCode, other.QueryCode);
    }

    [Fact]
    public async Task The_register_keeps_a_digest_of_the_client_token_and_upgrades_rows_that_hold_the_raw_one()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var first = await store.SubmitAsync(Submission("t-raw-token-0001"));
        var stored = await ctx.Requests.AsNoTracking().SingleAsync(r => r.Number == first.Number);
        Assert.DoesNotContain("t-raw-token-0001", stored.ClientToken); // a copy of the database cannot recompute the code
        Assert.StartsWith(ClientTokens.Prefix, stored.ClientToken);

        // A register written by an older version holds the raw token and no record of the upgrade: the row is still
        // found, and the next start replaces the token and records that it is done.
        await ctx.Database.ExecuteSqlRawAsync("UPDATE \"GovRequests\" SET \"ClientToken\" = 't-raw-token-0001'");
        await ctx.Keys.Where(k => k.Name == ClientTokens.DigestedMarker).ExecuteDeleteAsync();
        ctx.ChangeTracker.Clear();
        var again = await store.SubmitAsync(Submission("t-raw-token-0001"));
        Assert.Equal((first.Number, first.QueryCode, true), (again.Number, again.QueryCode, again.Duplicate));
        await store.MigrateAsync();
        Assert.Equal(ClientTokens.Digest("t-raw-token-0001"), (await ctx.Requests.AsNoTracking().SingleAsync()).ClientToken);
        Assert.True(await ctx.Keys.AnyAsync(k => k.Name == ClientTokens.DigestedMarker));
        Assert.Equal(first.QueryCode, (await store.SubmitAsync(Submission("t-raw-token-0001"))).QueryCode);
        Assert.Equal(1, await ctx.Requests.CountAsync());

        // Once done, a start does not read the tables again: a raw token written afterwards (an older server during a
        // rolling deployment) stays as it is, and is still found.
        await ctx.Database.ExecuteSqlRawAsync("UPDATE \"GovRequests\" SET \"ClientToken\" = 't-raw-token-0001'");
        ctx.ChangeTracker.Clear();
        await store.MigrateAsync();
        Assert.Equal("t-raw-token-0001", (await ctx.Requests.AsNoTracking().SingleAsync()).ClientToken);
        Assert.Equal((first.Number, true), ((await store.SubmitAsync(Submission("t-raw-token-0001"))).Number, true));
    }

    [Fact]
    public async Task A_period_reaching_into_an_unpublished_year_gets_a_provisional_date_and_nothing_fails()
    {
        // 2027's 放假调休 arrangement is not in the embedded data: 20 working days from 2026-12-21 reach into it.
        Assert.False(WorkCalendar.Embedded.Covers(new DateOnly(2027, 1, 4)));
        _clock.Day = new DateOnly(2026, 12, 21);
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var r = await store.SubmitAsync(Submission("t-december"));
        Assert.NotNull(r.QueryCode);
        Assert.Equal(new DateOnly(2027, 1, 19), r.ReplyDue);
        Assert.True(r.ReplyDueProvisional);
        var again = await store.SubmitAsync(Submission("t-december"));
        Assert.Equal(r.QueryCode, again.QueryCode); // the retry works too
        Assert.True(again.ReplyDueProvisional);
        var lookup = await store.LookupAsync(r.Number, r.QueryCode);
        Assert.NotNull(lookup);
        Assert.Equal(new DateOnly(2027, 1, 19), lookup.Deadline);
        Assert.True(lookup.DeadlineProvisional);
        var listed = await store.WithStatusAsync(_clock.Day);
        Assert.Contains(listed, x => x.Ledger.Number == r.Number && x.Status.Provisional && x.Status.Warnings.Any(w => w.Code == "provisional"));
    }

    [Fact]
    public async Task The_receipt_gives_the_reply_date_on_the_prc_calendar()
    {
        await using var ctx = _db.NewContext();
        var r = await Store(ctx).SubmitAsync(Submission("t-due"));
        // Received Monday 2026-03-02: 20 working days later is Monday 2026-03-30.
        Assert.Equal(new DateOnly(2026, 3, 30), r.ReplyDue);
    }

    [Theory]
    [InlineData(ApplicantType.NaturalPerson, "idType", null, null, null, "13800000000")]
    [InlineData(ApplicantType.NaturalPerson, "idNumber", IdDocumentType.ResidentIdCard, "not-an-id-号码", null, "13800000000")]
    [InlineData(ApplicantType.NaturalPerson, "idNumber", IdDocumentType.ResidentIdCard, "110105194912310021", null, "13800000000")]
    [InlineData(ApplicantType.NaturalPerson, "idNumber", IdDocumentType.ResidentIdCard, "110105194913310020", null, "13800000000")]
    [InlineData(ApplicantType.NaturalPerson, "idNumber", IdDocumentType.HongKongMacaoPermit, "X1234", null, "13800000000")]
    [InlineData(ApplicantType.Commercial, "creditCode", null, null, "!!!", "13800000000")]
    [InlineData(ApplicantType.Commercial, "creditCode", null, null, "91000000MA0000000X", "13800000000")]
    [InlineData(ApplicantType.NaturalPerson, "contact", IdDocumentType.Passport, "E12345678", null, "x")]
    [InlineData(ApplicantType.NaturalPerson, "contact", IdDocumentType.Passport, "E12345678", null, "12345")]
    [InlineData((ApplicantType)999, "applicantType", null, null, null, "13800000000")]
    public void Applicant_fields_are_checked_by_format_and_name_the_field(ApplicantType type, string field, IdDocumentType? idType, string? idNumber, string? creditCode, string contact)
    {
        var s = Submission(type: type is ApplicantType.Commercial ? ApplicantType.Commercial : ApplicantType.NaturalPerson) with
        {
            ApplicantType = type, IdType = idType, IdNumber = idNumber, CreditCode = creditCode, Contact = contact,
        };
        Assert.Contains(RequestStore.Validate(s), i => i.Field == field && i.Severity == GovOpen.Core.Severity.Error);
    }

    [Theory]
    [InlineData("name", "张\u202E某")]
    [InlineData("description", "所需信息\u0007")]
    [InlineData("address", "示例路\u200B1号")]
    public void Hidden_and_direction_changing_characters_are_refused(string field, string escaped)
    {
        var value = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var s = field switch
        {
            "name" => Submission() with { Name = value },
            "description" => Submission() with { Description = value },
            _ => Submission() with { Address = value },
        };
        Assert.Contains(RequestStore.Validate(s), i => i.Field == field && i.Code == "hidden-characters");
        Assert.DoesNotContain(RequestStore.Validate(Submission() with { Description = "第一行\n第二行" }), i => i.Code == "hidden-characters");
    }

    [Theory]
    [InlineData("name", "")]
    [InlineData("description", "")]
    [InlineData("contact", " ")]
    public async Task Bad_submissions_name_the_field(string field, string value)
    {
        await using var ctx = _db.NewContext();
        var s = field switch
        {
            "name" => Submission() with { Name = value },
            "description" => Submission() with { Description = value },
            _ => Submission() with { Contact = value },
        };
        var e = await Assert.ThrowsAsync<GovOpenException>(() => Store(ctx).SubmitAsync(s));
        Assert.Equal(field, e.Issue.Field);
        Assert.Equal(0, await ctx.Requests.CountAsync());
    }

    private const string DocxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(text);
            }
        }
        return ms.ToArray();
    }

    [Fact]
    public async Task Hostile_and_oversized_input_is_refused()
    {
        Assert.Contains(RequestStore.Validate(Submission() with { Description = new string('长', RequestStore.MaxDescription + 1) }), i => i.Code == "too-long");
        // The message names the field in Chinese, never by its English key.
        var address = Assert.Single(RequestStore.Validate(Submission() with { Address = new string('址', RequestStore.MaxShortText + 1) }), i => i.Code == "too-long");
        Assert.Equal(("address", $"通信地址过长（最多{RequestStore.MaxShortText}字）"), (address.Field, address.Message));
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("x.exe", "application/octet-stream", [1])] }), i => i.Code == "type");
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("big.pdf", "application/pdf", new byte[RequestStore.MaxAttachmentBytes + 1])] }), i => i.Code == "size");
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("renamed.pdf", "application/pdf", [0x4d, 0x5a, 0x90, 0])] }), i => i.Code == "content");
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("photo.png", "image/png", [0xFF, 0xD8, 0xFF, 0xE0])] }), i => i.Code == "content");
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("note.txt", "text/plain", [0x61, 0, 0x62])] }), i => i.Code == "content");
        Assert.DoesNotContain(RequestStore.Validate(Submission() with { Attachments = [("scan.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 1])] }), i => i.Field == "attachments");
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("letter.docx", DocxMime, Zip(("payload.exe", "MZ")))] }), i => i.Code == "content"); // a zip renamed .docx
        Assert.Contains(RequestStore.Validate(Submission() with { Attachments = [("letter.docx", DocxMime, "PK\u0003\u0004 not a zip"u8.ToArray())] }), i => i.Code == "content");
        Assert.DoesNotContain(RequestStore.Validate(Submission() with { Attachments = [("letter.docx", DocxMime, Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")))] }), i => i.Field == "attachments");
        Assert.Contains(RequestStore.Validate(Submission() with { PreferredForm = "<script>" }), i => i.Field == "preferredForm");
        Assert.Contains(RequestStore.Validate(Submission(type: ApplicantType.Commercial) with { CreditCode = null }), i => i.Field == "creditCode");
        // Script in free text is stored as text (the site escapes on output); it is not an error.
        await using var ctx = _db.NewContext();
        var r = await Store(ctx).SubmitAsync(Submission() with { Description = "<script>alert(1)</script>所需信息" });
        Assert.Equal("<script>alert(1)</script>所需信息", (await ctx.Requests.AsNoTracking().SingleAsync()).Description);
        Assert.NotNull(r.QueryCode);
    }

    [Fact]
    public async Task Lookup_needs_number_and_code_and_reveals_no_applicant_data()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var mine = await store.SubmitAsync(Submission());
        var other = await store.SubmitAsync(Submission("t-2"));
        var status = await store.LookupAsync(mine.Number, mine.QueryCode!.ToLowerInvariant());
        Assert.NotNull(status);
        Assert.Equal(RequestState.Received, status.State);
        Assert.Equal(new DateOnly(2026, 3, 30), status.Deadline);
        Assert.Null(await store.LookupAsync(mine.Number, other.QueryCode));
        Assert.Null(await store.LookupAsync("YSQ-2026-999999", mine.QueryCode));
        Assert.Null(await store.LookupAsync(mine.Number, ""));
        Assert.Null(await store.LookupAsync(new string('A', 1000), mine.QueryCode));
        var text = System.Text.Json.JsonSerializer.Serialize(status);
        Assert.DoesNotContain("张某", text);
        Assert.DoesNotContain("13800000000", text);
        Assert.DoesNotContain("道路维修", text);
    }

    [Fact]
    public async Task Actions_go_through_the_ledger_rules_and_persist()
    {
        var number = "";
        await using (var ctx = _db.NewContext())
        {
            number = (await Store(ctx).SubmitAsync(Submission())).Number;
            var store = Store(ctx);
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.ConsultationStarted, new DateOnly(2026, 3, 5), "征求第三方意见"));
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.ConsultationEnded, new DateOnly(2026, 3, 19)));
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.Extended, new DateOnly(2026, 3, 20), "经负责人批准", WorkingDays: 10));
            var e = await Assert.ThrowsAsync<GovOpenException>(() => store.RecordAsync(number, new RequestEvent(RequestEventKind.Extended, new DateOnly(2026, 3, 21), "再延", WorkingDays: 5)));
            Assert.Contains("第三十三条", e.Issue.Message);
        }
        await using (var ctx = _db.NewContext())
        {
            var ledger = (await Store(ctx).LedgerAsync(number))!;
            Assert.Equal(4, ledger.Events.Count);
            Assert.Equal(WorkCalendar.Embedded.AddWorkingDays(new DateOnly(2026, 3, 2), 20 + 10 + 10), ledger.Deadline(WorkCalendar.Embedded, new DateOnly(2026, 3, 20)));
            await Store(ctx).RecordAsync(number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2026, 4, 1), Outcome: RequestOutcome.PartlyDisclosed));
        }
    }

    [Fact]
    public async Task Review_and_litigation_are_kept_with_their_kind_and_result_for_part_four()
    {
        string number;
        await using (var ctx = _db.NewContext())
        {
            var store = Store(ctx);
            number = (await store.SubmitAsync(Submission())).Number;
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2026, 3, 10), Outcome: RequestOutcome.UnavailableNotHeld));
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.ReviewOrLitigation, new DateOnly(2026, 4, 1), "申请人申请行政复议", Proceeding: ProceedingKind.Review));
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.ProceedingDecided, new DateOnly(2026, 6, 1), "复议维持", Proceeding: ProceedingKind.Review, ProceedingResult: ProceedingResult.Upheld));
            await store.RecordAsync(number, new RequestEvent(RequestEventKind.ReviewOrLitigation, new DateOnly(2026, 6, 20), "复议后起诉", Proceeding: ProceedingKind.LitigationAfterReview));
        }
        await using (var ctx = _db.NewContext())
        {
            var store = Store(ctx);
            var ledger = (await store.LedgerAsync(number))!;
            Assert.Equal(ProceedingResult.Upheld, ledger.Events.Single(e => e.Kind == RequestEventKind.ProceedingDecided).ProceedingResult);
            Assert.Equal([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], await store.Table4Async(2026));
        }
    }

    [Fact]
    public async Task Personal_data_can_be_exported_and_erased_while_the_ledger_stays()
    {
        await using var ctx = _db.NewContext();
        var store = Store(ctx);
        var r = await store.SubmitAsync(Submission());
        Assert.Equal("张某", (await store.ExportPersonalDataAsync(r.Number))!.Name);
        await store.RecordAsync(r.Number, new RequestEvent(RequestEventKind.Answered, new DateOnly(2026, 3, 10), Outcome: RequestOutcome.Disclosed));
        _clock.Day = new DateOnly(2030, 1, 1);
        Assert.Equal(1, await store.ApplyRetentionAsync(3));
        Assert.Equal(0, await store.ApplyRetentionAsync(3)); // the next start finds nothing left to erase
        Assert.Null(await store.ExportPersonalDataAsync(r.Number));
        var applicant = await ctx.Applicants.AsNoTracking().SingleAsync();
        Assert.True(applicant.Erased);
        Assert.DoesNotContain("张某", applicant.Name);
        Assert.Null(applicant.Address);
        Assert.Equal(RequestState.Answered, (await store.LedgerAsync(r.Number))!.State);
        Assert.Equal(1, (await store.Table3Async(2026)).Single(x => x.Key == "outcome:Disclosed").Total);
    }

    [Fact]
    public async Task Concurrent_submissions_get_distinct_numbers()
    {
        var tasks = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var ctx = _db.NewContext();
            return (await Store(ctx).SubmitAsync(Submission($"c-{i}"))).Number;
        });
        var numbers = await Task.WhenAll(tasks);
        Assert.Equal(6, numbers.Distinct().Count());
    }
}

public sealed class SqliteStoreTests : StoreTests<SqliteDatabase>;

public sealed class PostgresStoreTests : StoreTests<PostgresDatabase>;
