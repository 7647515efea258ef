using GovOpen.Core.Time;
using System.Security.Cryptography;
using System.Text;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>The request register. Every change goes through the Core ledger, so the rules of the 条例 hold for every store.</summary>
public sealed class RequestStore(RequestDbContext db, WorkCalendar calendar, AgencyClock clock) : IRequestIntake
{
    public Task<RequestReceipt> RegisterAsync(RequestSubmission submission, CancellationToken ct = default) => SubmitAsync(submission, ct);

    public const int MaxDescription = 4000;
    public const int MaxShortText = 200;
    public const int MaxAttachments = 3;
    public const long MaxAttachmentBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".txt"] = "text/plain",
    };

    /// <summary>The aliases of 获取信息的方式 (Core's <see cref="RequestChoices.Forms"/>).</summary>
    public static readonly IReadOnlyList<string> Forms = RequestChoices.Forms.All.Select(t => t.Alias).ToList();

    /// <summary>The aliases of 获取信息的途径 (Core's <see cref="RequestChoices.Deliveries"/>).</summary>
    public static readonly IReadOnlyList<string> Deliveries = RequestChoices.Deliveries.All.Select(t => t.Alias).ToList();

    private DateOnly Today => clock.Today;

    /// <summary>
    /// Applies the register's migrations. Two servers starting at once on a fresh database can collide while EF
    /// creates its history and lock tables (the loser fails with "already exists"); the loser then tries again and
    /// finds the migrations applied, so concurrent starts are harmless.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // EF takes its migration lock before it looks for pending migrations; on SQLite the lock is a row that a
                // process killed while holding it leaves behind, and every later Migrate waits for it for ever. So the
                // lock is taken only when there is something to apply, and a SQLite lock older than StaleLockAge
                // (a migration of this register takes seconds) is removed first.
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                {
                    await ClearStaleSqliteLockAsync(ct);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    timeout.CancelAfter(MigrationTimeout);
                    await db.Database.MigrateAsync(timeout.Token);
                }
                await ClientTokens.UpgradeAsync(db, ct);
                return;
            }
            catch (Exception e) when (attempt < attempts && e is System.Data.Common.DbException or InvalidOperationException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }

    /// <summary>A SQLite migration lock older than this was left by a process that died holding it.</summary>
    public static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt to migrate may wait (for another process's lock) before it is tried again.</summary>
    public static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(3);

    private async Task ClearStaleSqliteLockAsync(CancellationToken ct)
    {
        if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return; // PostgreSQL and SQL Server locks belong to a session and end with it
        }
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\"";
            var value = await read.ExecuteScalarAsync(ct) as string;
            if (value is null || !DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var taken)
                || clock.Time.GetUtcNow() - taken < StaleLockAge)
            {
                return; // no lock, or one another process may still hold: EF waits for it
            }
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await delete.ExecuteNonQueryAsync(ct);
            StaleLockCleared?.Invoke(taken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Told when a stale SQLite migration lock was removed (the site logs it).</summary>
    public Action<DateTimeOffset>? StaleLockCleared { get; set; }

    /// <summary>Checks a submission; every problem names its field.</summary>
    public static IReadOnlyList<Issue> Validate(RequestSubmission s)
    {
        var issues = new List<Issue>();
        void Need(string field, string? value, string zh, int max = MaxShortText)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                issues.Add(Issue.Error(field, "required", $"{zh}不能为空", $"{field} is required."));
            }
            else if (value.Length > max)
            {
                issues.Add(Issue.Error(field, "too-long", $"{zh}过长（最多{max}字）", $"{field} is longer than {max} characters."));
            }
        }
        Need("clientToken", s.ClientToken, "提交标识", 64);
        Need("name", s.Name, s.ApplicantType == ApplicantType.NaturalPerson ? "姓名" : "法人或其他组织名称");
        Need("contact", s.Contact, "联系方式");
        Need("description", s.Description, "所需政府信息的名称、文号或者便于查询的其他特征性描述", MaxDescription);
        issues.AddRange(ApplicantRules.Check(s.ApplicantType, s.IdType, s.IdNumber, s.CreditCode, s.Contact));
        foreach (var (field, value, multiline) in new[] { ("name", s.Name, false), ("idNumber", s.IdNumber, false), ("organization", s.Organization, false),
            ("creditCode", s.CreditCode, false), ("contact", s.Contact, false), ("address", s.Address, false), ("description", s.Description, true), ("purpose", s.Purpose, true) })
        {
            if (ApplicantRules.HasHiddenCharacters(value, multiline))
            {
                issues.Add(Issue.Error(field, "hidden-characters", "含有控制字符或改变文字方向的隐藏字符，请删除后重新填写", $"{field} contains control or direction-changing characters."));
            }
        }
        foreach (var (field, value, zh) in new[] { ("purpose", s.Purpose, "用途"), ("address", s.Address, "通信地址"), ("organization", s.Organization, "工作单位"), ("idNumber", s.IdNumber, "证件号码") })
        {
            if (value is { Length: > MaxShortText })
            {
                issues.Add(Issue.Error(field, "too-long", $"{zh}过长（最多{MaxShortText}字）", $"{field} is longer than {MaxShortText} characters."));
            }
        }
        if (!Forms.Contains(s.PreferredForm))
        {
            issues.Add(Issue.Error("preferredForm", "invalid", "获取信息的方式无效", "Invalid preferred form."));
        }
        if (!Deliveries.Contains(s.Delivery))
        {
            issues.Add(Issue.Error("delivery", "invalid", "获取信息的途径无效", "Invalid delivery."));
        }
        if (s.Attachments.Count > MaxAttachments)
        {
            issues.Add(Issue.Error("attachments", "too-many", $"附件最多{MaxAttachments}个", $"At most {MaxAttachments} attachments."));
        }
        foreach (var (fileName, _, content) in s.Attachments)
        {
            var ext = Path.GetExtension(fileName);
            if (!AllowedTypes.ContainsKey(ext))
            {
                issues.Add(Issue.Error("attachments", "type", $"附件“{Path.GetFileName(fileName)}”的类型不允许（可上传 PDF、JPG、PNG、DOCX、TXT）", "Attachment type not allowed."));
            }
            if (content.Length == 0 || content.Length > MaxAttachmentBytes)
            {
                issues.Add(Issue.Error("attachments", "size", $"附件“{Path.GetFileName(fileName)}”为空或超过5 MB", "Attachment empty or larger than 5 MB."));
            }
            else if (AllowedTypes.ContainsKey(ext) && !LooksLike(ext, content))
            {
                issues.Add(Issue.Error("attachments", "content", $"附件“{Path.GetFileName(fileName)}”的内容与扩展名不符或已损坏", "Attachment content does not match its extension."));
            }
            if (Path.GetFileName(fileName).Length > MaxShortText)
            {
                issues.Add(Issue.Error("attachments", "name-too-long", $"附件文件名过长（最多{MaxShortText}字）", "Attachment file name is too long."));
            }
        }
        return issues;
    }

    /// <summary>A .docx is a zip with a Word main part; any other zip (an archive renamed .docx) is not one.</summary>
    private static bool IsWordDocument(byte[] c)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(c, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            return zip.Entries.Count <= 1000 && zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Checks the file's leading bytes against its extension, so a renamed executable is not accepted as a PDF.</summary>
    private static bool LooksLike(string ext, byte[] c) => ext.ToLowerInvariant() switch
    {
        ".pdf" => c.AsSpan().StartsWith("%PDF-"u8),
        ".png" => c.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => c.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".docx" => c.AsSpan().StartsWith("PK\u0003\u0004"u8) && IsWordDocument(c),
        ".txt" => !c.AsSpan().Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(c),
        _ => false,
    };

    /// <summary>
    /// Registers a request received online (confirmed on submission, art. 31). Idempotent by client token: a second
    /// submission with the same token returns the first receipt without a query code.
    /// </summary>
    public Task<RequestReceipt> SubmitAsync(RequestSubmission s, CancellationToken ct = default) =>
        RegisterCoreAsync(s, RequestChannel.Online, Today, ct);

    /// <summary>
    /// Registers a request a clerk received in person, by post, letter or fax. The receipt date follows art. 31:
    /// in person — the day handed in; registered post — the day signed for; letter/fax — the day confirmed with
    /// the applicant. A missing date names its field. Idempotent by client token like online submissions.
    /// </summary>
    public Task<RequestReceipt> RegisterReceivedAsync(RequestSubmission s, RequestChannel channel, DateOnly submittedOn, DateOnly? signedFor = null, DateOnly? confirmed = null, CancellationToken ct = default)
    {
        var received = DisclosureRequest.ReceiptDate(channel, submittedOn, signedFor, confirmed);
        if (received > Today)
        {
            throw new GovOpenException(Issue.Error("receivedOn", "future", "收到申请之日不能晚于今天", "The receipt date cannot be in the future."));
        }
        return RegisterCoreAsync(s, channel, received, ct);
    }

    private async Task<RequestReceipt> RegisterCoreAsync(RequestSubmission s, RequestChannel channel, DateOnly receivedOn, CancellationToken ct)
    {
        var issues = Validate(s);
        if (issues.HasErrors())
        {
            throw new GovOpenException(issues.First(i => i.Severity == Severity.Error));
        }
        var code = await QueryCodeAsync(s.ClientToken, ct);
        var token = ClientTokens.Digest(s.ClientToken);
        var existing = await db.Requests.AsNoTracking().Include(r => r.Events).FirstOrDefaultAsync(r => r.ClientToken == token || r.ClientToken == s.ClientToken, ct);
        if (existing is not null)
        {
            return Again(existing, code);
        }
        var received = receivedOn;
        var prefix = $"YSQ-{received.Year}-";
        return await NumberCounters.RegisterAsync(db, prefix, MaxNumberAttempts, db.Requests.AsNoTracking().Select(r => r.Number),
            number =>
            {
                db.Requests.Add(NewRecord(s, channel, number, code, received));
                var due = Due(received);
                return new RequestReceipt(number, code, false, received, due.Date, due.Provisional);
            },
            // The same submission registered meanwhile (a double click reaching two servers): its receipt.
            async c => await db.Requests.AsNoTracking().Include(r => r.Events).FirstOrDefaultAsync(r => r.ClientToken == token, c) is { } raced ? Again(raced, code) : null,
            Issue.Error("number", "conflict", "申请编号生成冲突，请稍后重试", "Could not allocate a request number."), ct);
    }

    /// <summary>
    /// The receipt of a submission registered before (a retry after a lost response, a double click): the same number
    /// and the same 查询码, so the applicant is never left without a usable code. A request registered before codes
    /// were derived from tokens gets none (its code cannot be recomputed).
    /// </summary>
    private RequestReceipt Again(RequestRecord existing, string code)
    {
        var received = existing.Events.OrderBy(e => e.Seq).First().Date;
        var same = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(existing.QueryCodeHash));
        var again = Due(received);
        return new RequestReceipt(existing.Number, same ? code : null, true, received, again.Date, again.Provisional);
    }

    /// <summary>
    /// The 答复期限 of a request received on a day: 20 working days (art. 33), on the PRC calendar. When the period
    /// reaches into a year whose 放假调休 arrangement is not published, it is computed from the statutory holidays and
    /// marked provisional (暂定); null only where even those cannot be computed.
    /// </summary>
    private (DateOnly? Date, bool Provisional) Due(DateOnly received)
    {
        try
        {
            return (calendar.AddWorkingDays(received, DisclosureRequest.AnswerWorkingDays), false);
        }
        catch (GovOpen.Core.Calendar.CalendarNotPublishedException e)
        {
            try
            {
                return (calendar.WithProvisionalYears(e.Year + 1).AddWorkingDays(received, DisclosureRequest.AnswerWorkingDays), true);
            }
            catch (Exception x) when (x is GovOpen.Core.Calendar.CalendarNotPublishedException or ArgumentOutOfRangeException)
            {
                return (null, false);
            }
        }
    }

    private const string QueryCodeKeyName = "query-code";

    /// <summary>
    /// The 查询码 of a submission: 10 hex characters of HMAC-SHA256 over its client token, keyed with the register's
    /// own secret (created once, shared by every server). Only a client holding the token — the applicant's own form —
    /// can be given the code again.
    /// </summary>
    private async Task<string> QueryCodeAsync(string clientToken, CancellationToken ct)
    {
        var key = await db.Keys.AsNoTracking().Where(k => k.Name == QueryCodeKeyName).Select(k => k.Value).FirstOrDefaultAsync(ct);
        if (key is null)
        {
            try
            {
                db.Keys.Add(new RequestKeyRecord { Name = QueryCodeKeyName, Value = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)) });
                await db.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
            {
                // Another server created it at the same moment: use theirs.
            }
            db.ChangeTracker.Clear();
            key = await db.Keys.AsNoTracking().Where(k => k.Name == QueryCodeKeyName).Select(k => k.Value).SingleAsync(ct);
        }
        var mac = HMACSHA256.HashData(Convert.FromHexString(key), Encoding.UTF8.GetBytes("query-code:" + clientToken));
        return Convert.ToHexString(mac, 0, 5);
    }

    /// <summary>How often a submission is tried when the database reports a conflict.</summary>
    private const int MaxNumberAttempts = 10;

    private RequestRecord NewRecord(RequestSubmission s, RequestChannel channel, string number, string code, DateOnly received) => new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        QueryCodeHash = Hash(code),
        ClientToken = ClientTokens.Digest(s.ClientToken),
        ApplicantType = s.ApplicantType,
        Channel = channel,
        SubmittedAt = clock.Time.GetUtcNow().UtcDateTime,
        Description = s.Description.Trim(),
        Purpose = s.Purpose?.Trim(),
        PreferredForm = s.PreferredForm,
        Delivery = s.Delivery,
        Applicant = new ApplicantRecord
        {
            Id = Guid.NewGuid(),
            Name = s.Name.Trim(),
            IdType = s.ApplicantType == ApplicantType.NaturalPerson && s.IdType is { } idType ? idType.Alias() : null,
            IdNumber = s.IdNumber?.Trim(),
            Organization = s.Organization?.Trim(),
            CreditCode = s.CreditCode?.Trim(),
            Contact = s.Contact.Trim(),
            Address = s.Address?.Trim(),
        },
        Events = [new RequestEventRecord { Id = Guid.NewGuid(), Seq = 0, Kind = RequestEventKind.Received, Date = received, Channel = channel }],
        Attachments = s.Attachments.Select(a =>
        {
            var content = ImageMetadata.Strip(a.Content); // a photo or scan loses where and when it was taken, and the device
            return new AttachmentRecord { Id = Guid.NewGuid(), FileName = Path.GetFileName(a.FileName), ContentType = AllowedTypes[Path.GetExtension(a.FileName)], Size = content.Length, Content = content };
        }).ToList(),
    };

    /// <summary>What was asked for (staff only): description, purpose, preferred form and delivery.</summary>
    public async Task<RequestDetails?> DetailsAsync(string number, CancellationToken ct = default) =>
        await db.Requests.AsNoTracking().Where(x => x.Number == number)
            .Select(x => new RequestDetails(x.Description, x.Purpose, x.PreferredForm, x.Delivery)).FirstOrDefaultAsync(ct);

    /// <summary>The ledger of a request, rebuilt through the Core rules.</summary>
    public async Task<DisclosureRequest?> LedgerAsync(string number, CancellationToken ct = default)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.Number == number, ct);
        return r is null ? null : ToLedger(r);
    }

    private static DisclosureRequest ToLedger(RequestRecord r) =>
        DisclosureRequest.FromEvents(r.Number, r.ApplicantType, r.Events.OrderBy(e => e.Seq).Select(e => new RequestEvent(e.Kind, e.Date, e.Note, e.Outcome, e.WorkingDays, e.Until, e.Channel, e.Proceeding, e.ProceedingResult)));

    /// <summary>Records an action; refused (with the article) when the ledger does not allow it.</summary>
    public async Task<DisclosureRequest> RecordAsync(string number, RequestEvent e, CancellationToken ct = default)
    {
        var r = await db.Requests.Include(x => x.Events).FirstOrDefaultAsync(x => x.Number == number, ct)
            ?? throw new GovOpenException(Issue.Error("number", "not-found", $"申请{number}不存在", $"Request {number} not found."));
        var ledger = ToLedger(r);
        ledger.Apply(e);
        db.Events.Add(new RequestEventRecord { Id = Guid.NewGuid(), RequestId = r.Id, Seq = r.Events.Count, Kind = e.Kind, Date = e.Date, Note = e.Note, Outcome = e.Outcome, WorkingDays = e.WorkingDays, Until = e.Until, Channel = e.Channel, Proceeding = e.Proceeding, ProceedingResult = e.ProceedingResult });
        await db.SaveChangesAsync(ct);
        return ledger;
    }

    /// <summary>
    /// Status for the applicant: the number and the query code must both match (the code is compared by hash, in
    /// constant time); a wrong code and an unknown number give the same null.
    /// </summary>
    public async Task<RequestLookup?> LookupAsync(string? number, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(code) || number.Length > 32 || code.Length > 32)
        {
            return null;
        }
        var n = number.Trim().ToUpperInvariant();
        var r = await db.Requests.AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.Number == n, ct);
        var given = Encoding.ASCII.GetBytes(Hash(code));
        if (r is null || !CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(r.QueryCodeHash)))
        {
            return null;
        }
        var ledger = ToLedger(r);
        var status = ledger.Status(calendar, Today);
        return new RequestLookup(r.Number, status.State, ledger.ReceivedOn!.Value, status.Deadline, status.WorkingDaysLeft, status.Overdue, ledger.Completion?.Outcome?.RowLabel(), status.Provisional);
    }

    /// <summary>All ledgers (for the back office and the annual report).</summary>
    public async Task<IReadOnlyList<DisclosureRequest>> AllAsync(CancellationToken ct = default) =>
        (await db.Requests.AsNoTracking().Include(x => x.Events).ToListAsync(ct)).Select(ToLedger).ToList();

    /// <summary>Every request with its status on <paramref name="today"/>: open ones first, soonest deadline first, then by number.</summary>
    public async Task<IReadOnlyList<(DisclosureRequest Ledger, RequestStatus Status)>> WithStatusAsync(DateOnly today, CancellationToken ct = default) =>
        (await AllAsync(ct))
            .Select(r => (Ledger: r, Status: r.Status(calendar, today)))
            .OrderBy(x => x.Ledger.Completion is null ? 0 : 1)
            .ThenBy(x => x.Status.Deadline ?? DateOnly.MaxValue)
            .ThenBy(x => x.Ledger.Number, StringComparer.Ordinal)
            .ToList();

    public async Task<IReadOnlyList<Table3Row>> Table3Async(int year, CancellationToken ct = default) => AnnualReportTable3.Build(await AllAsync(ct), year);

    /// <summary>Part 四 of the annual report: the year's 行政复议/行政诉讼 by kind and result (15 cells).</summary>
    public async Task<IReadOnlyList<int>> Table4Async(int year, CancellationToken ct = default) => AnnualReportTable4.Build(await AllAsync(ct), year);

    /// <summary>The applicant's personal data of a request (for an access request), or null if erased or unknown.</summary>
    public async Task<ApplicantRecord?> ExportPersonalDataAsync(string number, CancellationToken ct = default)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Applicant).FirstOrDefaultAsync(x => x.Number == number, ct);
        return r?.Applicant is { Erased: false } a ? a : null;
    }

    /// <summary>Erases the applicant's identity; the ledger (needed for the annual report) stays. False when unknown or already erased.</summary>
    public async Task<bool> ErasePersonalDataAsync(string number, CancellationToken ct = default)
    {
        var r = await db.Requests.Include(x => x.Applicant).FirstOrDefaultAsync(x => x.Number == number, ct);
        if (r?.Applicant is null or { Erased: true })
        {
            return false;
        }
        var a = r.Applicant;
        a.Name = "（已删除）";
        a.IdType = a.IdNumber = a.Organization = a.CreditCode = a.Address = null;
        a.Contact = "（已删除）";
        a.Erased = true;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Retention: erases personal data of requests completed more than <paramref name="years"/> years ago.</summary>
    public async Task<int> ApplyRetentionAsync(int years, CancellationToken ct = default)
    {
        var cutoff = Today.AddYears(-years);
        var done = 0;
        foreach (var ledger in await AllAsync(ct))
        {
            if (ledger.Completion is { } c && c.Date < cutoff && await ErasePersonalDataAsync(ledger.Number, ct))
            {
                done++;
            }
        }
        return done;
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("govopen-request:" + code.Trim().ToUpperInvariant())));
}
