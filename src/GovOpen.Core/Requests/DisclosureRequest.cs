using GovOpen.Core.Calendar;

namespace GovOpen.Core.Requests;

/// <summary>
/// A 政府信息公开申请 as a ledger of events (条例 arts. 30–33; docs/requests.md), not one timer: receipt starts a 20-working-day clock
/// (art. 33); a 补正 notice stops it and the supplement restarts it (art. 30); consultations with a third party or
/// another organ pause it (arts. 32, 34); one extension of at most 20 working days (art. 33); an art. 35 reasonable
/// period replaces the deadline. Every action is checked against the state and names its article.
/// </summary>
public sealed class DisclosureRequest
{
    public const int AnswerWorkingDays = 20;
    public const int MaxExtensionWorkingDays = 20;
    public const int CorrectionNoticeWorkingDays = 7;
    public const int ConsultationWorkingDays = 15;
    public const int WarningWorkingDays = 3;

    private readonly List<RequestEvent> _events = [];

    public required string Number { get; init; }

    public ApplicantType ApplicantType { get; init; } = ApplicantType.NaturalPerson;

    public IReadOnlyList<RequestEvent> Events => _events;

    /// <summary>The receipt date art. 31 gives for a channel.</summary>
    public static DateOnly ReceiptDate(RequestChannel channel, DateOnly submitted, DateOnly? signedFor = null, DateOnly? confirmed = null) => channel switch
    {
        RequestChannel.InPerson => submitted,
        RequestChannel.RegisteredPost => signedFor ?? throw new GovOpenException(Issue.Error("signedFor", "required", "挂号邮寄的申请以签收之日为收到之日，请填写签收日期（第三十一条）", "Registered post: the signed-for date is required (art. 31).")),
        _ => confirmed ?? throw new GovOpenException(Issue.Error("confirmed", "required", "信函、网络、传真申请以双方确认之日为收到之日，请填写确认日期（第三十一条）", "Letter, online and fax requests: the confirmation date is required (art. 31).")),
    };

    public RequestState State
    {
        get
        {
            var s = RequestState.Received;
            foreach (var e in _events)
            {
                s = e.Kind switch
                {
                    RequestEventKind.Received => RequestState.Received,
                    RequestEventKind.CorrectionRequested => RequestState.AwaitingCorrection,
                    RequestEventKind.CorrectionReceived or RequestEventKind.ConsultationEnded or RequestEventKind.FeePaid => RequestState.InProgress,
                    RequestEventKind.ConsultationStarted => RequestState.Consulting,
                    RequestEventKind.FeeNoticeSent => RequestState.AwaitingFee,
                    RequestEventKind.Answered => RequestState.Answered,
                    RequestEventKind.Closed => RequestState.Closed,
                    RequestEventKind.Withdrawn => RequestState.Withdrawn,
                    RequestEventKind.Archived => RequestState.Archived,
                    _ => s,
                };
            }
            return s;
        }
    }

    public bool IsOpen => State is RequestState.Received or RequestState.AwaitingCorrection or RequestState.InProgress or RequestState.Consulting or RequestState.AwaitingFee;

    public DateOnly? ReceivedOn => _events.FirstOrDefault(e => e.Kind == RequestEventKind.Received)?.Date;

    /// <summary>The answer (or closing) event, if any.</summary>
    public RequestEvent? Completion => _events.LastOrDefault(e => e.Kind is RequestEventKind.Answered or RequestEventKind.Closed or RequestEventKind.Withdrawn);

    /// <summary>The article of the 条例 (or measure) an action rests on.</summary>
    public static string ArticleOf(RequestEventKind kind) => kind switch
    {
        RequestEventKind.Received => "《政府信息公开条例》第二十九条、第三十一条",
        RequestEventKind.CorrectionRequested or RequestEventKind.CorrectionReceived => "第三十条",
        RequestEventKind.ConsultationStarted or RequestEventKind.ConsultationEnded => "第三十二条、第三十四条",
        RequestEventKind.Extended => "第三十三条",
        RequestEventKind.ReasonablePeriodSet => "第三十五条",
        RequestEventKind.FeeNoticeSent or RequestEventKind.FeePaid => "第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        RequestEventKind.Answered => "第三十六条至第三十九条",
        RequestEventKind.Closed => "第三十条；国办函〔2020〕109号",
        RequestEventKind.Withdrawn => "第二十九条",
        RequestEventKind.ReviewOrLitigation or RequestEventKind.ProceedingDecided => "第五十一条",
        _ => "第四十五条",
    };

    /// <summary>The actions allowed now (for the back office).</summary>
    public IReadOnlyList<RequestEventKind> AllowedActions()
    {
        var date = _events.Count > 0 ? _events[^1].Date : DateOnly.MinValue;
        // A kind is allowed when some well-formed event of that kind would pass the rules now.
        IEnumerable<RequestEvent> Candidates(RequestEventKind k) => k switch
        {
            RequestEventKind.Answered => [new(k, date, "x", Outcome: RequestOutcome.Disclosed)],
            RequestEventKind.Closed => new[] { RequestOutcome.OtherNoCorrection, RequestOutcome.OtherFeeUnpaid, RequestOutcome.Other }.Select(o => new RequestEvent(k, date, "x", Outcome: o)),
            RequestEventKind.Extended => [new(k, date, "x", WorkingDays: 1)],
            RequestEventKind.CorrectionRequested or RequestEventKind.ReasonablePeriodSet => [new(k, date, "x", Until: DateOnly.MaxValue)],
            RequestEventKind.ReviewOrLitigation or RequestEventKind.ProceedingDecided => Enum.GetValues<ProceedingKind>().Select(p => new RequestEvent(k, date, "x", Proceeding: p, ProceedingResult: ProceedingResult.Upheld)),
            _ => [new(k, date, "x")],
        };
        return Enum.GetValues<RequestEventKind>().Where(k => Candidates(k).Any(c => Check(c) is null)).ToList();
    }

    public void Apply(RequestEvent e)
    {
        if (Check(e) is { } issue)
        {
            throw new GovOpenException(issue);
        }
        _events.Add(e);
    }

    public static DisclosureRequest FromEvents(string number, ApplicantType type, IEnumerable<RequestEvent> events)
    {
        var r = new DisclosureRequest { Number = number, ApplicantType = type };
        foreach (var e in events)
        {
            r.Apply(e);
        }
        return r;
    }

    private static Issue Reject(string code, string zh, string en, RequestEventKind kind) =>
        Issue.Error("action", code, $"{zh}（{ArticleOf(kind)}）", en);

    /// <summary>Why an event cannot be recorded now, or null.</summary>
    public Issue? Check(RequestEvent e)
    {
        var state = State;
        var last = _events.Count > 0 ? _events[^1] : null;
        if (e.Kind != RequestEventKind.Received && last is null)
        {
            return Reject("not-received", "申请尚未登记", "The request has not been registered.", e.Kind);
        }
        if (last is not null && e.Date < last.Date)
        {
            return Reject("out-of-order", $"日期{GovOpen.Core.Text.IsoDate.Format(e.Date)}早于上一环节（{GovOpen.Core.Text.IsoDate.Format(last.Date)}）", "The date is before the previous step.", e.Kind);
        }
        bool open = state is RequestState.Received or RequestState.InProgress;
        return e.Kind switch
        {
            RequestEventKind.Received when last is not null => Reject("already-received", "申请已登记", "Already registered.", e.Kind),
            RequestEventKind.CorrectionRequested when !open => Reject("state", "当前状态不能要求补正", "A correction cannot be requested now.", e.Kind),
            RequestEventKind.CorrectionRequested when _events.Any(x => x.Kind == RequestEventKind.CorrectionRequested) => Reject("once", "补正告知只能一次性提出", "The correction notice may be given only once.", e.Kind),
            RequestEventKind.CorrectionRequested when e.Until is null => Reject("period", "补正告知须写明补正的合理期限", "The notice must state the period for the supplement.", e.Kind),
            RequestEventKind.CorrectionReceived when state != RequestState.AwaitingCorrection => Reject("state", "未要求补正", "No correction was requested.", e.Kind),
            RequestEventKind.ConsultationStarted when !open => Reject("state", "当前状态不能征求意见", "A consultation cannot start now.", e.Kind),
            RequestEventKind.ConsultationEnded when state != RequestState.Consulting => Reject("state", "没有进行中的征求意见", "No consultation is running.", e.Kind),
            RequestEventKind.Extended when !(open || state == RequestState.Consulting) => Reject("state", "当前状态不能延期", "The deadline cannot be extended now.", e.Kind),
            RequestEventKind.Extended when _events.Any(x => x.Kind == RequestEventKind.Extended) => Reject("once", "答复期限只能延长一次", "The deadline may be extended only once.", e.Kind),
            RequestEventKind.Extended when e.WorkingDays is not (>= 1 and <= MaxExtensionWorkingDays) => Reject("extension-limit", $"延长期限最长不超过{MaxExtensionWorkingDays}个工作日", $"An extension is at most {MaxExtensionWorkingDays} working days.", e.Kind),
            RequestEventKind.Extended when string.IsNullOrWhiteSpace(e.Note) => Reject("reason", "延期须说明理由并经负责人同意", "An extension needs a reason and approval.", e.Kind),
            RequestEventKind.ReasonablePeriodSet when !open || e.Until is null => Reject("state", "合理延迟答复须在办理中确定期限", "A reasonable period needs an open request and a date.", e.Kind),
            RequestEventKind.FeeNoticeSent when !open => Reject("state", "当前状态不能发出收费通知", "A fee notice cannot be sent now.", e.Kind),
            RequestEventKind.FeePaid when state != RequestState.AwaitingFee => Reject("state", "没有待缴的信息处理费", "No fee is due.", e.Kind),
            RequestEventKind.Answered when !open => Reject("state", state is RequestState.AwaitingCorrection or RequestState.Consulting or RequestState.AwaitingFee ? "补正、征求意见或缴费期间不能答复" : "申请已办结", "The request cannot be answered in its current state.", e.Kind),
            RequestEventKind.Answered when e.Outcome is null || e.Outcome.Value.IsClosingOnly() => Reject("outcome", "答复须选择第三十六条规定的答复类型", "An answer needs an art. 36 outcome.", e.Kind),
            RequestEventKind.Closed when e.Outcome is not (RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid or RequestOutcome.Other) => Reject("outcome", "终止办理须注明原因（逾期不补正、逾期未缴费或其他）", "Closing needs its reason.", e.Kind),
            RequestEventKind.Closed when e.Outcome == RequestOutcome.OtherNoCorrection && state != RequestState.AwaitingCorrection => Reject("state", "只有待补正的申请可以按逾期不补正终止", "Only a request awaiting correction can close for no correction.", e.Kind),
            RequestEventKind.Closed when e.Outcome == RequestOutcome.OtherFeeUnpaid && state != RequestState.AwaitingFee => Reject("state", "只有待缴费的申请可以按逾期未缴费终止", "Only a request awaiting a fee can close for non-payment.", e.Kind),
            RequestEventKind.Withdrawn when !IsOpen => Reject("state", "申请已办结，不能撤回", "A completed request cannot be withdrawn.", e.Kind),
            RequestEventKind.ReviewOrLitigation when state is not (RequestState.Answered or RequestState.Closed or RequestState.Archived) => Reject("state", "答复后方可记录行政复议或诉讼", "Review or litigation follows an answer.", e.Kind),
            RequestEventKind.ReviewOrLitigation when e.Proceeding is { } p && _events.Any(x => x.Kind == RequestEventKind.ReviewOrLitigation && x.Proceeding == p) => Reject("proceeding", "同一申请的同一类复议或诉讼已记录", "This proceeding is already recorded.", e.Kind),
            RequestEventKind.ProceedingDecided when e.Proceeding is null || e.ProceedingResult is null => Reject("proceeding", "审结须注明是行政复议还是行政诉讼，以及结果（维持、纠正或其他）", "A decision needs the proceeding and its result.", e.Kind),
            RequestEventKind.ProceedingDecided when !_events.Any(x => x.Kind == RequestEventKind.ReviewOrLitigation && x.Proceeding == e.Proceeding) => Reject("proceeding", "没有记录该复议或诉讼", "No such proceeding was recorded.", e.Kind),
            RequestEventKind.ProceedingDecided when _events.Any(x => x.Kind == RequestEventKind.ProceedingDecided && x.Proceeding == e.Proceeding) => Reject("proceeding", "该复议或诉讼已审结", "This proceeding is already decided.", e.Kind),
            RequestEventKind.Archived when IsOpen => Reject("state", "办结后方可归档", "Only a completed request is archived.", e.Kind),
            _ => null,
        };
    }

    /// <summary>
    /// The answer deadline: 20 working days from receipt (or from the supplement), plus the working days spent in
    /// consultations, plus an extension; replaced by an art. 35 period. Null while the clock is stopped (awaiting a
    /// supplement) or after completion.
    /// </summary>
    public DateOnly? Deadline(WorkCalendar calendar, DateOnly today)
    {
        if (!IsOpen || State == RequestState.AwaitingCorrection)
        {
            return null;
        }
        if (_events.LastOrDefault(e => e.Kind == RequestEventKind.ReasonablePeriodSet) is { Until: { } custom })
        {
            return custom;
        }
        var start = _events.Last(e => e.Kind is RequestEventKind.Received or RequestEventKind.CorrectionReceived).Date;
        var paused = 0;
        DateOnly? openSince = null;
        foreach (var e in _events.Where(e => e.Date >= start))
        {
            if (e.Kind == RequestEventKind.ConsultationStarted)
            {
                openSince = e.Date;
            }
            else if (e.Kind == RequestEventKind.ConsultationEnded && openSince is { } s)
            {
                paused += calendar.WorkingDaysBetween(s, e.Date);
                openSince = null;
            }
        }
        if (openSince is { } running)
        {
            paused += Math.Max(0, calendar.WorkingDaysBetween(running, today));
        }
        var extension = _events.FirstOrDefault(e => e.Kind == RequestEventKind.Extended)?.WorkingDays ?? 0;
        return calendar.AddWorkingDays(start, AnswerWorkingDays + paused + extension);
    }

    /// <summary>The clock on a day: deadline, working days left, overdue, paused, and warnings before each limit.</summary>
    public RequestStatus Status(WorkCalendar calendar, DateOnly today)
    {
        try
        {
            return StatusOn(calendar, today);
        }
        catch (CalendarNotPublishedException e)
        {
            // The deadline reaches into a year whose 放假调休 arrangement is not published yet: computed from the
            // statutory holidays alone and shown as 暂定, recomputed once the arrangement is loaded. Years the
            // statutory rules cannot reach leave the date open, said so with the reason.
            try
            {
                var provisional = calendar.WithProvisionalYears(e.Year + 1);
                var status = StatusOn(provisional, today);
                var note = Issue.Warn("deadline", "provisional", $"答复期限涉及{e.Year}年，该年放假安排尚未公布，按法定节假日暂定为{GovOpen.Core.Text.IsoDate.Chinese(status.Deadline)}；公布后将重新计算",
                    $"The deadline involves {e.Year}, whose arrangement is not published; provisionally {GovOpen.Core.Text.IsoDate.Format(status.Deadline)} from the statutory holidays.");
                return status with { Warnings = [.. status.Warnings, note], Provisional = true };
            }
            catch (Exception x) when (x is CalendarNotPublishedException or ArgumentOutOfRangeException)
            {
                return new RequestStatus(State, null, null, false, State == RequestState.Consulting || State == RequestState.AwaitingCorrection,
                    [Issue.Warn("deadline", "calendar-not-published", e.Issue.Message, e.Issue.MessageEn)]);
            }
        }
    }

    private RequestStatus StatusOn(WorkCalendar calendar, DateOnly today)
    {
        var warnings = new List<Issue>();
        var state = State;
        if (_events.FirstOrDefault(e => e.Kind == RequestEventKind.CorrectionRequested) is { } notice && ReceivedOn is { } received
            && calendar.WorkingDaysBetween(received, notice.Date) > CorrectionNoticeWorkingDays)
        {
            warnings.Add(Issue.Warn("correction", "late-notice", $"补正告知晚于收到申请后{CorrectionNoticeWorkingDays}个工作日（第三十条）", "The correction notice came later than 7 working days after receipt (art. 30)."));
        }
        if (state == RequestState.AwaitingCorrection)
        {
            var until = _events.Last(e => e.Kind == RequestEventKind.CorrectionRequested).Until;
            if (until is { } u && today > u)
            {
                warnings.Add(Issue.Warn("correction", "expired", $"申请人逾期未补正（期限{GovOpen.Core.Text.IsoDate.Format(u)}），可按第三十条终止办理", "The applicant did not supply the correction in time (art. 30)."));
            }
            return new RequestStatus(state, null, null, false, true, warnings);
        }
        var deadline = Deadline(calendar, today);
        if (deadline is not { } d)
        {
            return new RequestStatus(state, null, null, false, false, warnings);
        }
        var left = calendar.WorkingDaysBetween(today, d);
        var overdue = today > d;
        if (overdue)
        {
            warnings.Add(Issue.Warn("deadline", "overdue", $"已超过答复期限（{GovOpen.Core.Text.IsoDate.Format(d)}）", $"The answer deadline ({GovOpen.Core.Text.IsoDate.Format(d)}) has passed."));
        }
        else if (left <= WarningWorkingDays)
        {
            warnings.Add(Issue.Warn("deadline", "soon", $"距答复期限还有{left}个工作日（{GovOpen.Core.Text.IsoDate.Format(d)}）", $"{left} working days left until {GovOpen.Core.Text.IsoDate.Format(d)}."));
        }
        if (state == RequestState.Consulting && _events.Last(e => e.Kind == RequestEventKind.ConsultationStarted) is { } c
            && calendar.WorkingDaysBetween(c.Date, today) > ConsultationWorkingDays)
        {
            warnings.Add(Issue.Warn("consultation", "overrun", $"征求意见已超过{ConsultationWorkingDays}个工作日，第三方逾期未提出意见的，由行政机关依法决定（第三十二条）", "The consultation has run over 15 working days (art. 32)."));
        }
        return new RequestStatus(state, d, overdue ? -calendar.WorkingDaysBetween(d, today) : left, overdue, state == RequestState.Consulting, warnings);
    }
}
