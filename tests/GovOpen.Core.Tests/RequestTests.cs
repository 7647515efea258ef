using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;

namespace GovOpen.Core.Tests;

public class RequestTests
{
    private static readonly WorkCalendar Cal = WorkCalendar.Embedded;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static DisclosureRequest Received(string date, ApplicantType type = ApplicantType.NaturalPerson)
    {
        var r = new DisclosureRequest { Number = "YSQ-" + date, ApplicantType = type };
        r.Apply(new RequestEvent(RequestEventKind.Received, D(date), Channel: RequestChannel.Online));
        return r;
    }

    [Fact]
    public void Twenty_working_days_across_national_day_and_one_extension()
    {
        var r = Received("2025-09-26");
        Assert.Equal(D("2025-10-30"), r.Deadline(Cal, D("2025-09-26")));
        r.Apply(new RequestEvent(RequestEventKind.Extended, D("2025-10-28"), "信息量大，需调取档案，经负责人批准", WorkingDays: 20));
        Assert.Equal(D("2025-11-27"), r.Deadline(Cal, D("2025-10-28")));
        var second = Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Extended, D("2025-11-20"), "再次延期", WorkingDays: 5)));
        Assert.Contains("只能延长一次", second.Issue.Message);
        Assert.Contains("第三十三条", second.Issue.Message);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(0)]
    public void Extension_is_at_most_twenty_working_days(int days)
    {
        var r = Received("2025-09-26");
        var e = Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Extended, D("2025-10-09"), "理由", WorkingDays: days)));
        Assert.Equal("extension-limit", e.Issue.Code);
    }

    [Fact]
    public void A_correction_stops_the_clock_and_the_supplement_restarts_it()
    {
        var r = Received("2026-02-10");
        r.Apply(new RequestEvent(RequestEventKind.CorrectionRequested, D("2026-02-12"), "请明确所需信息的名称或文号", Until: D("2026-02-28")));
        var waiting = r.Status(Cal, D("2026-02-20"));
        Assert.Equal(RequestState.AwaitingCorrection, waiting.State);
        Assert.Null(waiting.Deadline);
        Assert.True(waiting.Paused);
        r.Apply(new RequestEvent(RequestEventKind.CorrectionReceived, D("2026-02-26")));
        // 20 working days counted again from the supplement: 2-27, 2-28 (调休 Saturday), March…
        Assert.Equal(Cal.AddWorkingDays(D("2026-02-26"), 20), r.Deadline(Cal, D("2026-02-26")));
        Assert.Equal(D("2026-03-25"), r.Deadline(Cal, D("2026-02-26")));
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.CorrectionRequested, D("2026-03-02"), "第二次补正", Until: D("2026-03-10"))));
    }

    [Fact]
    public void A_late_correction_notice_and_a_missed_supplement_are_flagged()
    {
        var r = Received("2026-02-10");
        r.Apply(new RequestEvent(RequestEventKind.CorrectionRequested, D("2026-03-02"), "补正", Until: D("2026-03-16")));
        var s = r.Status(Cal, D("2026-03-20"));
        Assert.Contains(s.Warnings, w => w.Code == "late-notice" && w.Message.Contains("第三十条"));
        Assert.Contains(s.Warnings, w => w.Code == "expired");
        r.Apply(new RequestEvent(RequestEventKind.Closed, D("2026-03-20"), "逾期不补正", Outcome: RequestOutcome.OtherNoCorrection));
        Assert.Equal(RequestState.Closed, r.State);
    }

    [Fact]
    public void A_third_party_consultation_pauses_the_clock()
    {
        var r = Received("2026-03-02");
        var plain = r.Deadline(Cal, D("2026-03-02"))!.Value;
        r.Apply(new RequestEvent(RequestEventKind.ConsultationStarted, D("2026-03-05"), "征求第三方意见"));
        var running = r.Status(Cal, D("2026-03-12"));
        Assert.True(running.Paused);
        Assert.Equal(Cal.AddWorkingDays(D("2026-03-02"), 20 + Cal.WorkingDaysBetween(D("2026-03-05"), D("2026-03-12"))), running.Deadline);
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Answered, D("2026-03-12"), Outcome: RequestOutcome.Disclosed)));
        r.Apply(new RequestEvent(RequestEventKind.ConsultationEnded, D("2026-03-19"), "第三方同意公开"));
        var paused = Cal.WorkingDaysBetween(D("2026-03-05"), D("2026-03-19"));
        Assert.Equal(10, paused);
        Assert.Equal(Cal.AddWorkingDays(plain, paused), r.Deadline(Cal, D("2026-03-19")));
    }

    [Fact]
    public void Warnings_before_the_deadline_and_overdue_after_it()
    {
        var r = Received("2025-09-26");
        var soon = r.Status(Cal, D("2025-10-27"));
        Assert.Equal(3, soon.WorkingDaysLeft);
        Assert.Contains(soon.Warnings, w => w.Code == "soon");
        var late = r.Status(Cal, D("2025-11-03"));
        Assert.True(late.Overdue);
        Assert.Equal(-2, late.WorkingDaysLeft);
        Assert.Contains(late.Warnings, w => w.Code == "overdue");
    }

    [Fact]
    public void A_reasonable_period_under_art_35_replaces_the_deadline()
    {
        var r = Received("2026-03-02");
        r.Apply(new RequestEvent(RequestEventKind.ReasonablePeriodSet, D("2026-03-10"), "申请数量明显超过合理范围", Until: D("2026-06-30")));
        Assert.Equal(D("2026-06-30"), r.Deadline(Cal, D("2026-03-10")));
    }

    [Theory]
    [InlineData(RequestEventKind.CorrectionReceived, "未要求补正")]
    [InlineData(RequestEventKind.ConsultationEnded, "没有进行中的征求意见")]
    [InlineData(RequestEventKind.FeePaid, "没有待缴")]
    [InlineData(RequestEventKind.ReviewOrLitigation, "答复后")]
    [InlineData(RequestEventKind.Archived, "办结后")]
    [InlineData(RequestEventKind.Received, "已登记")]
    public void Illegal_actions_are_refused_naming_their_article(RequestEventKind kind, string message)
    {
        var r = Received("2026-03-02");
        var e = Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(kind, D("2026-03-03"))));
        Assert.Contains(message, e.Issue.Message);
        Assert.Contains(DisclosureRequest.ArticleOf(kind), e.Issue.Message);
    }

    [Fact]
    public void Answer_needs_an_outcome_then_archive_and_review()
    {
        var r = Received("2026-03-02");
        Assert.Contains(RequestEventKind.Answered, r.AllowedActions());
        Assert.DoesNotContain(RequestEventKind.Archived, r.AllowedActions());
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Answered, D("2026-03-10"))));
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Answered, D("2026-03-10"), Outcome: RequestOutcome.OtherFeeUnpaid)));
        r.Apply(new RequestEvent(RequestEventKind.Answered, D("2026-03-10"), Outcome: RequestOutcome.PartlyDisclosed));
        Assert.Null(r.Deadline(Cal, D("2026-03-10")));
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Withdrawn, D("2026-03-11"))));
        r.Apply(new RequestEvent(RequestEventKind.ReviewOrLitigation, D("2026-04-01"), "申请人申请行政复议"));
        r.Apply(new RequestEvent(RequestEventKind.Archived, D("2026-04-02")));
        Assert.Equal(RequestState.Archived, r.State);
        Assert.Throws<GovOpenException>(() => r.Apply(new RequestEvent(RequestEventKind.Extended, D("2026-03-01"), "x", WorkingDays: 5)));
    }

    [Fact]
    public void Fee_notice_and_non_payment()
    {
        var r = Received("2026-03-02");
        r.Apply(new RequestEvent(RequestEventKind.FeeNoticeSent, D("2026-03-05"), "本月第31件申请，按件收费"));
        Assert.Equal(RequestState.AwaitingFee, r.State);
        r.Apply(new RequestEvent(RequestEventKind.Closed, D("2026-03-25"), Outcome: RequestOutcome.OtherFeeUnpaid));
        Assert.Equal(RequestOutcome.OtherFeeUnpaid, r.Completion!.Outcome);
    }

    [Theory]
    [InlineData(RequestChannel.InPerson, "2026-03-02")]
    [InlineData(RequestChannel.RegisteredPost, "2026-03-04")]
    [InlineData(RequestChannel.Online, "2026-03-03")]
    public void Receipt_date_follows_the_channel(RequestChannel channel, string expected) =>
        Assert.Equal(D(expected), DisclosureRequest.ReceiptDate(channel, D("2026-03-02"), signedFor: D("2026-03-04"), confirmed: D("2026-03-03")));

    [Fact]
    public void Receipt_date_needs_the_date_its_channel_uses() =>
        Assert.Contains("第三十一条", Assert.Throws<GovOpenException>(() => DisclosureRequest.ReceiptDate(RequestChannel.Letter, D("2026-03-02"))).Issue.Message);

    [Fact]
    public void Table_3_rolls_up_by_applicant_type_and_balances()
    {
        var carried = Received("2024-12-20", ApplicantType.Commercial);
        carried.Apply(new RequestEvent(RequestEventKind.Answered, D("2025-01-10"), Outcome: RequestOutcome.Disclosed));
        var a = Received("2025-03-03");
        a.Apply(new RequestEvent(RequestEventKind.Answered, D("2025-03-20"), Outcome: RequestOutcome.Disclosed));
        var b = Received("2025-05-06", ApplicantType.LegalService);
        b.Apply(new RequestEvent(RequestEventKind.Answered, D("2025-05-20"), Outcome: RequestOutcome.SecretThirdParty));
        var c = Received("2025-06-02");
        c.Apply(new RequestEvent(RequestEventKind.CorrectionRequested, D("2025-06-04"), "补正", Until: D("2025-06-20")));
        c.Apply(new RequestEvent(RequestEventKind.Closed, D("2025-06-23"), Outcome: RequestOutcome.OtherNoCorrection));
        var d = Received("2025-12-29");
        var w = Received("2025-07-01", ApplicantType.Research);
        w.Apply(new RequestEvent(RequestEventKind.Withdrawn, D("2025-07-02")));
        var older = Received("2023-05-05");
        older.Apply(new RequestEvent(RequestEventKind.Answered, D("2023-05-10"), Outcome: RequestOutcome.Disclosed));

        var rows = AnnualReportTable3.Build([carried, a, b, c, d, w, older], 2025).ToDictionary(r => r.Key);
        Assert.Equal(5, rows["new"].Total);
        Assert.Equal([3, 0, 1, 0, 1, 0], rows["new"].Counts);
        Assert.Equal([0, 1, 0, 0, 0, 0], rows["carried-in"].Counts);
        Assert.Equal([1, 1, 0, 0, 0, 0], rows["outcome:Disclosed"].Counts);
        Assert.Equal([0, 0, 0, 0, 1, 0], rows["outcome:SecretThirdParty"].Counts);
        Assert.Equal([1, 0, 0, 0, 0, 0], rows["outcome:OtherNoCorrection"].Counts);
        Assert.Equal([0, 0, 1, 0, 0, 0], rows["outcome:Other"].Counts);
        Assert.Equal(5, rows["outcome-total"].Total);
        Assert.Equal([1, 0, 0, 0, 0, 0], rows["carried-out"].Counts);
        // 新收 + 上年结转 = 总计 + 结转下年度
        Assert.Equal(rows["new"].Total + rows["carried-in"].Total, rows["outcome-total"].Total + rows["carried-out"].Total);
        Assert.Equal(25, rows.Count); // 2 + 21 outcome rows + 总计 + 结转下年度
        Assert.Equal(7, AnnualReportTable3.Columns.Count);
    }
}
