using GovOpen.Core.Calendar;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public class PolicyDocumentTests
{
    internal static PolicyDocument Valid() => new()
    {
        Id = "p1",
        Title = "示例市人民政府办公室关于印发示例市政务公开工作要点的通知",
        DocumentNumber = "示府办发〔2026〕12号",
        Topic = @"综合政务\政务公开",
        Issuers = ["示例市人民政府办公室"],
        SignedDate = new DateOnly(2026, 3, 2),
        PublishedDate = new DateOnly(2026, 3, 5),
        Genre = DocumentGenre.Circular,
        IndexNumber = "000000000/2026-00012",
    };

    [Fact]
    public void A_complete_document_has_no_errors() => Assert.False(PolicyDocumentValidator.Validate(Valid()).HasErrors());

    [Fact]
    public void Circular_without_number_cannot_be_published()
    {
        var d = Valid();
        d = d with { DocumentNumber = null };
        var issues = PolicyDocumentValidator.Validate(d);
        Assert.Contains(issues, i => i.Field == "documentNumber" && i.Code == "required" && i.Message.Contains("通知"));
        Assert.DoesNotContain(PolicyDocumentValidator.Validate(d, new PolicyValidationOptions { ForPublication = false }), i => i.Field == "documentNumber");
        d = d with { Genre = DocumentGenre.Minutes };
        Assert.DoesNotContain(PolicyDocumentValidator.Validate(d), i => i.Field == "documentNumber");
    }

    [Fact]
    public void Date_order_is_checked()
    {
        var d = Valid();
        d = d with { PublishedDate = new DateOnly(2026, 3, 1) };
        Assert.Contains(PolicyDocumentValidator.Validate(d), i => i.Field == "publishedDate" && i.Code == "before-signed");
        d = Valid();
        d = d with { Validity = ValidityRecord.Starting(new DateOnly(2026, 1, 1)) };
        Assert.Contains(PolicyDocumentValidator.Validate(d), i => i.Field == "effectiveDate" && i.Code == "before-signed");
    }

    [Fact]
    public void Bad_metadata_is_named()
    {
        var d = Valid();
        d = d with { DocumentNumber = "示府办发〔26〕12号" };
        d = d with { Topic = "政务公开" };
        d = d with { Issuers = [] };
        d = d with { SignedDate = null };
        d = d with { Title = " " };
        var fields = PolicyDocumentValidator.Validate(d).Where(i => i.Severity == Severity.Error).Select(i => i.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "documentNumber", "topic", "issuer", "signedDate", "title" }, fields);
    }

    [Fact]
    public void Normative_documents_need_a_validity_period()
    {
        var d = Valid();
        d = d with { Category = PolicyCategory.Normative };
        d = d with { Title = "示例市公共数据开放暂行办法" };
        d = d with { Validity = ValidityRecord.Starting(new DateOnly(2026, 4, 1)) };
        var issue = Assert.Single(PolicyDocumentValidator.Validate(d), i => i.Field == "validUntil");
        Assert.Contains("2年", issue.Message);
        Assert.Contains("2028-03-31", issue.Message);
        d = d with { Validity = ValidityRecord.Starting(new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31)) };
        Assert.DoesNotContain(PolicyDocumentValidator.Validate(d), i => i.Field == "validUntil");
    }

    [Fact]
    public void Index_number_is_checked_against_the_agency_scheme()
    {
        var d = Valid();
        var options = new PolicyValidationOptions { IndexNumberScheme = new IndexNumberScheme(IndexNumberScheme.GovCnTemplate, "000014349") };
        Assert.Contains(PolicyDocumentValidator.Validate(d, options), i => i.Field == "indexNumber");
        d = d with { IndexNumber = "000014349/2026-00012" };
        Assert.DoesNotContain(PolicyDocumentValidator.Validate(d, options), i => i.Field == "indexNumber");
    }

    [Fact]
    public void Non_public_document_needs_its_ground()
    {
        var d = Valid();
        d = d with { Disclosure = new DisclosureDecision(DisclosureAttribute.NotDisclosed) };
        Assert.Contains(PolicyDocumentValidator.Validate(d), i => i.Field == "disclosure" && i.Code == "ground-required");
    }

    [Fact]
    public void Year_comes_from_the_number_first()
    {
        var d = Valid();
        d = d with { DocumentNumber = "示府办发〔2025〕99号" };
        Assert.Equal(2025, d.Year);
        Assert.Contains(PolicyDocumentValidator.Validate(d), i => i.Code == "year-mismatch" && i.Severity == Severity.Warning);
        d = d with { DocumentNumber = null };
        Assert.Equal(2026, d.Year);
    }

    [Fact]
    public void No_interpretation_flag_needs_a_reason()
    {
        var d = Valid();
        d = d with { RequiresInterpretation = false };
        Assert.Contains(PolicyDocumentValidator.Validate(d), i => i.Field == "noInterpretationReason");
    }
}

public class TaxonomyAndGenreTests
{
    [Fact]
    public void Has_the_22_gov_cn_classes()
    {
        Assert.Equal(22, TopicTaxonomy.Classes.Count);
        Assert.Equal(22, TopicTaxonomy.Classes.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(@"综合政务\政务公开", null)]
    [InlineData("综合政务/政务公开", null)]
    [InlineData("综合政务", null)]
    [InlineData(@"财政、金融、审计\审计", null)]
    [InlineData(@"综合政务\审计", "unknown-subclass")]
    [InlineData("政务公开", "unknown-class")]
    [InlineData("", "empty")]
    public void Validates_topics(string value, string? code) => Assert.Equal(code, TopicTaxonomy.Validate(value)?.Code);

    [Fact]
    public void Normalizes_separators() => Assert.Equal(@"综合政务\政务公开", TopicTaxonomy.Normalize("综合政务／政务公开".Replace('／', '/')));

    [Theory]
    [InlineData("示例市人民政府关于印发示例市优化营商环境若干措施的通知", DocumentGenre.Circular)]
    [InlineData("示例市人民政府关于加快发展数字经济的意见", DocumentGenre.Opinion)]
    [InlineData("示例市市场监督管理局关于同意设立某某检测站的批复", DocumentGenre.Reply)]
    [InlineData("示例市人民政府第12次常务会议纪要", DocumentGenre.Minutes)]
    [InlineData("示例市人民政府令", DocumentGenre.Order)]
    [InlineData("示例市2026年政务公开工作要点", DocumentGenre.Other)]
    public void Guesses_genre_from_title(string title, DocumentGenre genre) => Assert.Equal(genre, DocumentGenres.FromTitle(title));

    [Fact]
    public void Genre_names_round_trip() =>
        Assert.All(DocumentGenres.All, g => Assert.True(DocumentGenres.TryParse(g.Name(), out var back) && back == g && DocumentGenres.TryParse(g.Alias(), out var b2) && b2 == g));
}

public class InterpretationTests
{
    private static readonly InterpretationRules Rules = new(WorkCalendar.Embedded, 3);

    private static PolicyDocument Policy(string published, PolicyCategory category = PolicyCategory.Normative)
    {
        var p = PolicyDocumentTests.Valid();
        p = p with { Category = category };
        p = p with { PublishedDate = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        return p;
    }

    private static Interpretation Interp(string published, params string[] policies) => new()
    {
        Id = "i-" + published,
        Title = "图解：示例市政务公开工作要点",
        Form = InterpretationForm.Graphic,
        PolicyIds = policies,
        PublishedDate = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Pending_within_the_deadline_across_the_holiday()
    {
        // Published Thu 2026-02-12; 3 working days: 2-13 (Fri), 2-14 (调休 Sat), 2-24 (Tue, after 春节).
        var s = Rules.StatusOf(Policy("2026-02-12"), [], D("2026-02-20"));
        Assert.Equal(InterpretationStatusKind.Pending, s.Kind);
        Assert.Equal(D("2026-02-24"), s.Deadline);
        Assert.Equal(1, s.WorkingDaysLeft);
        Assert.Contains("待解读", s.Label);
    }

    [Fact]
    public void Overdue_counts_working_days_past_the_deadline()
    {
        var s = Rules.StatusOf(Policy("2026-02-12"), [], D("2026-02-27"));
        Assert.Equal(InterpretationStatusKind.Overdue, s.Kind);
        Assert.Equal(3, s.OverdueWorkingDays);
        Assert.Equal("逾期3个工作日", s.Label);
    }

    [Fact]
    public void Interpreted_with_its_lag()
    {
        var p = Policy("2026-02-12");
        var onTime = Rules.StatusOf(p, [Interp("2026-02-24", p.Id)], D("2026-03-10"));
        Assert.Equal(InterpretationStatusKind.Interpreted, onTime.Kind);
        Assert.Equal(3, onTime.LagWorkingDays);
        Assert.False(onTime.Late);
        var late = Rules.StatusOf(p, [Interp("2026-02-26", p.Id), Interp("2026-03-05", p.Id)], D("2026-03-10"));
        Assert.True(late.Late);
        Assert.Equal(5, late.LagWorkingDays);
        var same = Rules.StatusOf(p, [Interp("2026-02-12", p.Id)], D("2026-03-10"));
        Assert.Equal(0, same.LagWorkingDays);
    }

    [Fact]
    public void Unpublished_and_non_public_interpretations_do_not_count()
    {
        var p = Policy("2026-11-02");
        var future = Interp("2026-11-30", p.Id);
        var withheld = Interp("2026-11-03", p.Id);
        withheld = withheld with { Disclosure = new DisclosureDecision(DisclosureAttribute.OnRequest, DisclosureGround.Art13OutsideProactiveScope, "x") };
        Assert.Equal(InterpretationStatusKind.Overdue, Rules.StatusOf(p, [future, withheld], D("2026-11-23")).Kind);
    }

    [Fact]
    public void Not_required_and_not_applicable()
    {
        var p = Policy("2026-11-02");
        p = p with { RequiresInterpretation = false };
        p = p with { NoInterpretationReason = "内部工作安排，不涉及公众权利义务" };
        var s = Rules.StatusOf(p, [], D("2026-11-23"));
        Assert.Equal((InterpretationStatusKind.NotRequired, "内部工作安排，不涉及公众权利义务"), (s.Kind, s.Reason));
        Assert.Equal(InterpretationStatusKind.NotRequired, Rules.StatusOf(Policy("2026-11-02", PolicyCategory.Other), [], D("2026-11-23")).Kind);
        var draft = Policy("2026-11-02");
        draft = draft with { PublishedDate = null };
        Assert.Equal(InterpretationStatusKind.NotApplicable, Rules.StatusOf(draft, [], D("2026-11-23")).Kind);
    }

    [Fact]
    public void Provisional_when_the_deadline_reaches_an_unpublished_year()
    {
        // Published Wednesday 30 December 2026: 31 Dec, then 元旦 2027 off (provisional), 4 and 5 January.
        var s = Rules.StatusOf(Policy("2026-12-30"), [], D("2026-12-31"));
        Assert.Equal(InterpretationStatusKind.Pending, s.Kind);
        Assert.Equal(D("2027-01-05"), s.Deadline);
        Assert.True(s.Provisional);
        Assert.Contains("暂定", s.Label);
    }

    [Fact]
    public void Links_are_checked_and_paired_both_ways()
    {
        var pub = Policy("2026-03-05");
        var withheld = Policy("2026-03-05");
        withheld = new PolicyDocument { Id = "p2", Title = "内部文件", Disclosure = new DisclosureDecision(DisclosureAttribute.NotDisclosed, DisclosureGround.Art16InternalAffairs, "内部事务") };
        var policies = new[] { pub, withheld }.ToDictionary(p => p.Id);
        PolicyDocument? Find(string id) => policies.GetValueOrDefault(id);

        Assert.Empty(InterpretationRules.ValidateLinks(Interp("2026-03-06", "p1"), Find));
        Assert.Contains(InterpretationRules.ValidateLinks(Interp("2026-03-06", "p2"), Find), i => i.Code == "non-public-target");
        Assert.Contains(InterpretationRules.ValidateLinks(Interp("2026-03-06", "p9"), Find), i => i.Code == "not-found");
        Assert.Contains(InterpretationRules.ValidateLinks(Interp("2026-03-06"), Find), i => i.Code == "required");

        var a = Interp("2026-03-06", "p1");
        var b = Interp("2026-03-07", "p1", "p3");
        var byPolicy = InterpretationRules.ByPolicy([a, b]);
        Assert.Equal([a, b], byPolicy["p1"]);
        Assert.Equal([b], byPolicy["p3"]);
        Assert.Empty(byPolicy["p2"]);
    }

    [Fact]
    public void Same_day_deadline_is_allowed_and_negative_is_not()
    {
        var sameDay = new InterpretationRules(WorkCalendar.Embedded, 0);
        Assert.Equal(D("2026-03-05"), sameDay.DeadlineFor(D("2026-03-05")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterpretationRules(WorkCalendar.Embedded, -1));
    }
}
