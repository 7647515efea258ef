using GovOpen.Core.Content;
using GovOpen.Core.Calendar;
using GovOpen.Core.Consultations;

namespace GovOpen.Core.Tests;

public class ConsultationTests
{
    private static readonly WorkCalendar Calendar = WorkCalendar.Embedded;

    private static Consultation Draft(ConsultationKind kind, string opens, string closes, string? reason = null) =>
        new("yjzj-1", "示例市停车管理办法（征求意见稿）", kind, DateOnly.Parse(opens), DateOnly.Parse(closes), reason);

    [Theory]
    // 7 working days from Monday 21 September 2026: 中秋 (25–27 Sep) and 国庆 (1–7 Oct) are not counted.
    [InlineData(ConsultationKind.NormativeDocument, "2026-09-21", "2026-10-08")]
    // 30 days from 1 September end on 1 October, a holiday: the period runs to the next working day (民法典 art. 203).
    [InlineData(ConsultationKind.MajorDecision, "2026-09-01", "2026-10-08")]
    [InlineData(ConsultationKind.Rule, "2026-11-02", "2026-12-02")]
    [InlineData(ConsultationKind.Other, "2026-11-02", "2026-11-02")]
    public void The_earliest_lawful_close_is_counted_on_the_right_calendar(ConsultationKind kind, string opens, string earliest) =>
        Assert.Equal(DateOnly.Parse(earliest), ConsultationRules.EarliestClose(kind, DateOnly.Parse(opens), Calendar));

    [Fact]
    public void A_period_across_a_year_whose_arrangement_is_not_published_is_still_computed()
    {
        // 2027's 放假调休 is not published: weekends and the statutory holidays are used provisionally.
        var close = ConsultationRules.EarliestClose(ConsultationKind.NormativeDocument, new DateOnly(2026, 12, 28), Calendar);
        Assert.True(close > new DateOnly(2027, 1, 1) && close <= new DateOnly(2027, 1, 8), close.ToString());
    }

    [Fact]
    public void A_shorter_period_needs_a_reason_which_is_then_shown()
    {
        var tooShort = ConsultationRules.Validate(Draft(ConsultationKind.NormativeDocument, "2026-09-21", "2026-09-30"), Calendar);
        var error = Assert.Single(tooShort);
        Assert.Equal(("closes", "too-short", Severity.Error), (error.Field, error.Code, error.Severity));
        Assert.Contains("2026-10-08", error.Message);
        var withReason = ConsultationRules.Validate(Draft(ConsultationKind.NormativeDocument, "2026-09-21", "2026-09-30", "防汛应急需要，须在汛期前施行"), Calendar);
        Assert.Equal(Severity.Warning, Assert.Single(withReason).Severity);
        Assert.Empty(ConsultationRules.Validate(Draft(ConsultationKind.NormativeDocument, "2026-09-21", "2026-10-08"), Calendar));
        Assert.Contains(ConsultationRules.Validate(Draft(ConsultationKind.Rule, "2026-11-02", "2026-11-01"), Calendar), i => i.Code == "before-opens");
    }

    [Fact]
    public void Comments_are_accepted_from_the_opening_day_through_the_closing_day_and_refused_after()
    {
        var c = Draft(ConsultationKind.Rule, "2026-11-02", "2026-12-02");
        var comment = new CommentSubmission(c.Id, "建议延长夜间免费停车时段。", PublishConsent: true);
        Assert.Contains(CommentRules.Validate(comment, c, new DateOnly(2026, 11, 1)), i => i.Code == "not-open");
        Assert.Empty(CommentRules.Validate(comment, c, new DateOnly(2026, 11, 2)));
        Assert.Empty(CommentRules.Validate(comment, c, new DateOnly(2026, 12, 2)));
        var late = Assert.Single(CommentRules.Validate(comment, c, new DateOnly(2026, 12, 3)));
        Assert.Equal(("consultation", "closed"), (late.Field, late.Code));
        Assert.Equal(1, ConsultationRules.DaysLeft(c, new DateOnly(2026, 12, 2)));
        Assert.Equal(0, ConsultationRules.DaysLeft(c, new DateOnly(2026, 12, 3)));
    }

    [Theory]
    [InlineData("好", "text", "too-short")]
    [InlineData("建议\u202E修改第三条内容", "text", "hidden-characters")]
    public void Hostile_or_empty_comments_are_named(string text, string field, string code)
    {
        var c = Draft(ConsultationKind.Rule, "2026-11-02", "2026-12-02");
        Assert.Contains(CommentRules.Validate(new CommentSubmission(c.Id, text), c, new DateOnly(2026, 11, 5)), i => i.Field == field && i.Code == code);
    }

    [Fact]
    public void Long_text_bad_contact_and_a_required_name_are_named()
    {
        var c = Draft(ConsultationKind.Rule, "2026-11-02", "2026-12-02") with { NameRequired = true };
        var issues = CommentRules.Validate(new CommentSubmission(c.Id, new string('长', CommentRules.MaxText + 1), Contact: "<script>"), c, new DateOnly(2026, 11, 5));
        Assert.Contains(issues, i => i.Field == "text" && i.Code == "too-long");
        Assert.Contains(issues, i => i.Field == "contact" && i.Code == "format");
        Assert.Contains(issues, i => i.Field == "name" && i.Code == "required");
    }

    [Fact]
    public void The_state_and_the_feedback_duty_follow_the_days()
    {
        var c = Draft(ConsultationKind.Rule, "2026-11-02", "2026-12-02");
        Assert.Equal(ConsultationState.Scheduled, ConsultationRules.StateOn(c, new DateOnly(2026, 11, 1)));
        Assert.Equal(ConsultationState.Open, ConsultationRules.StateOn(c, new DateOnly(2026, 12, 2)));
        Assert.Equal(ConsultationState.AwaitingFeedback, ConsultationRules.StateOn(c, new DateOnly(2026, 12, 3)));
        Assert.False(ConsultationRules.FeedbackOverdue(c, new DateOnly(2026, 12, 20), finalPublished: false));
        Assert.True(ConsultationRules.FeedbackOverdue(c, new DateOnly(2026, 12, 20), finalPublished: true)); // the decision came first
        Assert.True(ConsultationRules.FeedbackOverdue(c, new DateOnly(2027, 1, 2), finalPublished: false)); // 31 days after closing
        var done = c with { FeedbackPublished = new DateOnly(2026, 12, 15) };
        Assert.Equal(ConsultationState.Completed, ConsultationRules.StateOn(done, new DateOnly(2026, 12, 20)));
        Assert.False(ConsultationRules.FeedbackOverdue(done, new DateOnly(2027, 3, 1), finalPublished: true));
    }

    private static ConsultationComment Comment(string number, bool consent, CommentStatus status = CommentStatus.Pending, CommentAdoption adoption = CommentAdoption.Undecided, string? topic = null, string? name = null) =>
        new(number, "yjzj-1", "建议增加夜间停车位。", "第五条", name, consent, DateTimeOffset.UnixEpoch, status, null, adoption, topic, null);

    [Fact]
    public void Moderation_publishes_only_with_consent_and_hides_only_with_a_reason()
    {
        Assert.Contains(CommentRules.CheckModeration(Comment("1", consent: false), CommentStatus.Published, null), i => i.Code == "no-consent");
        Assert.Empty(CommentRules.CheckModeration(Comment("2", consent: true), CommentStatus.Published, null));
        Assert.Contains(CommentRules.CheckModeration(Comment("3", consent: true), CommentStatus.Abusive, " "), i => i.Code == "required");
        Assert.False(CommentRules.IsPublic(Comment("4", consent: false, CommentStatus.Published))); // even if a store says published
        Assert.True(CommentRules.IsPublic(Comment("5", consent: true, CommentStatus.Published)));
        Assert.Equal("匿名", CommentRules.PublicName(Comment("6", consent: true)));
    }

    [Fact]
    public void The_adoption_statement_counts_every_valid_comment_and_waits_for_undecided_ones()
    {
        var comments = new[]
        {
            Comment("1", true, CommentStatus.Published, CommentAdoption.Adopted, "收费标准"),
            Comment("2", false, CommentStatus.Pending, CommentAdoption.NotAdopted, "收费标准"), // not public, still counted
            Comment("3", true, CommentStatus.Published, CommentAdoption.PartlyAdopted, "停车位"),
            Comment("4", true, CommentStatus.Duplicate, CommentAdoption.Adopted, "收费标准"), // a duplicate is not counted twice
            Comment("5", true, CommentStatus.Abusive),
            Comment("6", true, CommentStatus.Hidden, CommentAdoption.NotApplicable),
        };
        var summary = AdoptionSummary.Of(comments);
        Assert.Equal("征求意见期间共收到有效意见4条，其中采纳1条，部分采纳1条，未采纳1条，不涉及本文件内容1条。", summary.Sentence);
        Assert.Equal(("收费标准", 2), summary.ByTopic[0]);
        Assert.Empty(summary.Check());
        Assert.Contains(AdoptionSummary.Of([.. comments, Comment("7", true)]).Check(), i => i.Code == "undecided");
    }

    private static GovOpen.Core.Content.ContentItem Item(string opens, string closes, string kind = "rule", string? feedbackDate = null) => new()
    {
        Id = "yjzj-1",
        ContentType = GovOpen.Core.Content.ContentTypes.Consultation,
        Name = "示例市停车管理办法（征求意见稿）公开征求意见",
        CreateDate = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        Properties = new System.Text.Json.Nodes.JsonObject
        {
            ["consultationKind"] = kind, ["opens"] = opens, ["closes"] = closes, ["feedbackDate"] = feedbackDate,
        },
    };

    [Fact]
    public void The_pre_publication_check_applies_the_period_rules_to_a_consultation_item()
    {
        Assert.DoesNotContain(GovOpen.Core.Checks.PublicationCheck.Run(Item("2026-11-02", "2026-12-02")), i => i.Severity == Severity.Error);
        Assert.Contains(GovOpen.Core.Checks.PublicationCheck.Run(Item("2026-11-02", "2026-11-20")), i => i.Field == "closes" && i.Code == "too-short");
        Assert.Contains(GovOpen.Core.Checks.PublicationCheck.Run(Item("2026-11-02", "2026-12-02", kind: "领导交办")), i => i.Field == "consultationKind");
        Assert.Contains(GovOpen.Core.Checks.PublicationCheck.Run(Item("2026-11-02", "2026-12-02", feedbackDate: "2026-12-10")), i => i.Field == "feedback" && i.Code == "required");
    }

    [Fact]
    public void A_sample_packages_consultations_keep_their_dates_relative_to_the_day_served_and_real_ones_never_move()
    {
        var item = Item("2026-11-18", "2026-12-18", feedbackDate: null);
        var shifted = ConsultationContent.ShiftSample(item, new DateOnly(2026, 11, 23), new DateOnly(2027, 3, 1));
        var c = ConsultationContent.Read(shifted, []);
        Assert.Equal((new DateOnly(2027, 2, 24), new DateOnly(2027, 3, 26)), (c.Opens, c.Closes));
        Assert.Equal(ConsultationState.Open, ConsultationRules.StateOn(c, new DateOnly(2027, 3, 1)));
        Assert.Same(item, ConsultationContent.ShiftSample(item, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));

        var set = GovOpen.Core.Content.ContentSet.From(new GovOpen.Core.Content.PackageManifest { Name = "真实内容", CreatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8)) }, [item]);
        var real = GovOpen.Core.Disclosure.PublicSurface.Of(set, new DateOnly(2027, 3, 1));
        Assert.Equal("2026-11-18", GovOpen.Core.Content.Codecs.ScalarCodecs.ReadText(real.ById["yjzj-1"].Get("opens"))); // not a sample: unchanged
    }

    [Theory]
    [InlineData("请参考 http://a.example 的做法。", false)]
    [InlineData("参考 http://a.example 和 www.b.example 两处。", false)]
    [InlineData("推荐 http://a.example https://b.example www.c.example 三个网站", true)]
    public void A_comment_with_more_than_two_web_addresses_is_refused(string text, bool refused)
    {
        var c = Draft(ConsultationKind.Rule, "2026-11-02", "2026-12-02");
        var issues = CommentRules.Validate(new CommentSubmission(c.Id, text, PublishConsent: true), c, c.Opens);
        Assert.Equal(refused, issues.Any(i => i.Code == "too-many-links" && i.Field == "text"));
    }

    [Fact]
    public void The_draft_statement_gives_the_figures_by_topic_and_the_reasons_but_nothing_of_the_commenters()
    {
        ConsultationComment C(string n, CommentAdoption a, string? topic, string? note, string? clause = null, CommentStatus status = CommentStatus.Published) =>
            new(n, "yjzj-1", "<b>原文</b>不应出现", clause, "张某", true, DateTimeOffset.UnixEpoch, status, null, a, topic, note);
        var draft = AdoptionSummary.DraftStatement([
            C("YJ-1", CommentAdoption.Adopted, "收费", "增加夜间免费时段", "第五条"),
            C("YJ-2", CommentAdoption.NotAdopted, "收费", "<script>与上位法不符</script>"),
            C("YJ-3", CommentAdoption.PartlyAdopted, "车位", null),
            C("YJ-4", CommentAdoption.Adopted, "收费", "重复", status: CommentStatus.Duplicate),
        ]);
        Assert.StartsWith("<p>征求意见期间共收到有效意见3条，其中采纳1条，部分采纳1条，未采纳1条。</p><p><strong>收费</strong>（2条）：采纳1条，未采纳1条。</p>", draft);
        Assert.Contains("<li>第五条：采纳。增加夜间免费时段</li>", draft);
        Assert.Contains("<li>未采纳。&lt;script&gt;与上位法不符&lt;/script&gt;</li>", draft);
        Assert.Contains("<p><strong>车位</strong>（1条）：部分采纳1条。</p>", draft);
        Assert.DoesNotContain("张某", draft);
        Assert.DoesNotContain("原文", draft);
        Assert.DoesNotContain("重复", draft); // duplicates are not counted or cited
    }

    [Theory]
    [InlineData("rule", "示例市公共停车场管理办法", "rule", "《示例市公共停车场管理办法（征求意见稿）》公开征求意见")]
    [InlineData("normative", "示例市停车收费规定（征求意见稿）", "normative", "《示例市停车收费规定（征求意见稿）》公开征求意见")]
    [InlineData("other", "《示例市停车发展规划》", "other", "《示例市停车发展规划（征求意见稿）》公开征求意见")]
    public void A_consultation_opened_on_a_draft_takes_its_kind_title_text_and_the_earliest_close(string category, string title, string kind, string name)
    {
        var draft = new ContentItem
        {
            Id = "d", ContentType = ContentTypes.PolicyDocument, Name = title, Route = new ContentRoute("/xxgk/zcwj/d/"),
            Properties = new System.Text.Json.Nodes.JsonObject { ["category"] = category, ["body"] = new System.Text.Json.Nodes.JsonObject { ["markup"] = "<p>第一条</p>" } },
        };
        var policy = ContentMapper.ToPolicy(draft, []);
        var opens = new DateOnly(2026, 9, 21);
        var item = ConsultationContent.OpenFor(draft, policy, "yjzj-of-d", opens, Calendar);
        Assert.Equal((ContentTypes.Consultation, "yjzj-of-d", name), (item.ContentType, item.Id, item.Name));
        var c = ConsultationContent.Read(item, []);
        Assert.Equal(kind, ConsultationNames.Kinds.Alias(c.Kind));
        Assert.Equal((opens, ConsultationRules.EarliestClose(c.Kind, opens, Calendar)), (c.Opens, c.Closes));
        Assert.Empty(ConsultationRules.Validate(c, Calendar)); // the period it gets is lawful as it stands
        Assert.Equal("<p>第一条</p>", item.Get("body")!["markup"]!.GetValue<string>());
    }
}
