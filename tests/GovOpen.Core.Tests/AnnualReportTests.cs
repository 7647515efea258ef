using System.Text.Json.Nodes;
using GovOpen.Core.AnnualReports;
using GovOpen.Core.Documents;
using GovOpen.Core.Requests;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public sealed class AnnualReportTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static PolicyDocument Doc(string id, PolicyCategory category, string signed, string effective, string? until = null, params ValidityEvent[] later) => new()
    {
        Id = id,
        Title = "文件" + id,
        Category = category,
        SignedDate = D(signed),
        PublishedDate = D(signed),
        Validity = ValidityRecord.FromHistory(new[] { new ValidityEvent(ValidityEventKind.Effective, D(effective), ValidUntil: until is null ? null : D(until)) }.Concat(later)),
    };

    private static readonly PolicyDocument[] Policies =
    [
        Doc("r1", PolicyCategory.Rule, "2020-03-01", "2020-04-01"),
        Doc("r2", PolicyCategory.Rule, "2025-05-01", "2025-06-01"),
        Doc("n1", PolicyCategory.Normative, "2021-01-10", "2021-02-01", "2026-01-31"),
        Doc("n2", PolicyCategory.Normative, "2022-01-10", "2022-02-01", "2027-01-31", new ValidityEvent(ValidityEventKind.Abolished, D("2025-07-01"), new DocumentRef(Title: "新办法"))),
        Doc("n3", PolicyCategory.Normative, "2020-06-01", "2020-07-01", "2025-06-30"), // expires in 2025
        Doc("n4", PolicyCategory.Normative, "2025-02-01", "2025-03-01", "2030-02-28"),
        Doc("o1", PolicyCategory.Other, "2025-02-01", "2025-03-01"),
    ];

    private static DisclosureRequest Request(string number, ApplicantType type, params RequestEvent[] events) => DisclosureRequest.FromEvents(number, type, events);

    private static readonly DisclosureRequest[] Requests =
    [
        Request("1", ApplicantType.NaturalPerson, new(RequestEventKind.Received, D("2024-12-20")), new(RequestEventKind.Answered, D("2025-01-10"), "x", Outcome: RequestOutcome.Disclosed)),
        Request("2", ApplicantType.NaturalPerson, new(RequestEventKind.Received, D("2025-03-02")), new(RequestEventKind.Answered, D("2025-03-20"), "x", Outcome: RequestOutcome.UnavailableNotHeld),
            new(RequestEventKind.ReviewOrLitigation, D("2025-04-01"), "申请复议", Proceeding: ProceedingKind.Review), new(RequestEventKind.ProceedingDecided, D("2025-06-01"), "维持", Proceeding: ProceedingKind.Review, ProceedingResult: ProceedingResult.Upheld),
            new(RequestEventKind.ReviewOrLitigation, D("2025-06-20"), "起诉", Proceeding: ProceedingKind.LitigationAfterReview)),
        Request("3", ApplicantType.Commercial, new RequestEvent(RequestEventKind.Received, D("2025-12-28"))),
    ];

    private static AnnualReport Report(AnnualReportFigures? figures = null) =>
        AnnualReport.Build(2025, Policies, figures ?? new AnnualReportFigures(12, 30, 2, 15.6m), AnnualReportTable3.Build(Requests, 2025), AnnualReportTable4.Build(Requests, 2025));

    [Fact]
    public void Part_two_counts_issued_abolished_and_in_force_from_the_register_and_the_validity_history()
    {
        var r = Report();
        Assert.Equal("第二十条第（一）项", r.Part2[0].Caption);
        Assert.Equal(["本年制发件数", "本年废止件数", "现行有效件数"], r.Part2[0].Columns);
        Assert.Equal([1m, 0m, 2m], r.Part2[0].Rows[0].Cells); // 规章: r2 issued; r1, r2 in force
        Assert.Equal([1m, 1m, 2m], r.Part2[0].Rows[1].Cells); // 规范性文件: n4 issued; n2 abolished; n1 (until 2026-01-31), n4 in force
        Assert.Contains(r.Notes, n => n.Contains("1件因有效期届满", StringComparison.Ordinal)); // n3
        Assert.Equal([12m], r.Part2[1].Rows[0].Cells);
        Assert.Equal(["行政处罚", "行政强制"], r.Part2[2].Rows.Select(x => x.Label));
        Assert.Equal("本年收费金额（单位：万元）", r.Part2[3].Columns[0]);
        Assert.Equal([15.6m], r.Part2[3].Rows[0].Cells);
    }

    [Fact]
    public void Parts_three_and_four_come_from_the_register_and_the_generated_report_passes_every_check()
    {
        var r = Report();
        var rows = r.Part3.Rows.ToDictionary(x => x.Key);
        Assert.Equal(2m, rows["new"].Cells[^1]);
        Assert.Equal(1m, rows["carried-in"].Cells[^1]);
        Assert.Equal(2m, rows["outcome-total"].Cells[^1]);
        Assert.Equal(1m, rows["carried-out"].Cells[^1]);
        Assert.Equal(1m, rows["carried-out"].Cells[1]); // the business's request, column 商业企业
        var p4 = r.Part4.Rows[0].Cells;
        Assert.Equal([1m, 0m, 0m, 0m, 1m], p4.Take(5)); // 行政复议: 维持 1
        Assert.Equal([0m, 0m, 0m, 1m, 1m], p4.Skip(10).Take(5)); // 复议后起诉: 尚未审结 1
        var before = (Rules: (decimal)AnnualReport.InForce(Policies.Where(p => p.Category == PolicyCategory.Rule), D("2024-12-31")), Normative: (decimal)AnnualReport.InForce(Policies.Where(p => p.Category == PolicyCategory.Normative), D("2024-12-31")));
        Assert.Empty(r.Check(before, (0, 1)));
        Assert.Empty(r.CheckWith(Policies)); // the same carry-over, taken from the register itself
    }

    [Fact]
    public void The_checks_catch_unfilled_figures_unbalanced_rows_and_a_carry_over_that_does_not_add_up()
    {
        var unfilled = Report(new AnnualReportFigures(12, null, 2, null));
        Assert.Equal(2, unfilled.Check().Count(i => i.Code == "unfilled"));

        var r = Report();
        var tampered = r with { Part3 = r.Part3 with { Rows = r.Part3.Rows.Select(x => x.Key == "carried-out" ? x with { Cells = [0m, 0m, 0m, 0m, 0m, 0m, 1m] } : x).ToList() } };
        var issues = tampered.Check();
        Assert.Contains(issues, i => i.Code == "row-total");
        Assert.Contains(issues, i => i.Code == "balance");
        Assert.Contains(r.Check((Rules: 5, Normative: 3)), i => i.Code == "carry-over" && i.Message.Contains("规章"));
        var p4 = r with { Part4 = r.Part4 with { Rows = [r.Part4.Rows[0] with { Cells = r.Part4.Rows[0].Cells.Select((c, i) => i == 4 ? 3m : c).ToList() }] } };
        Assert.Contains(p4.Check(), i => i.Code == "group-total" && i.Message.Contains("行政复议"));
    }

    [Fact]
    public void The_narrative_cites_figures_by_name_and_the_snapshot_round_trips()
    {
        var r = Report();
        var unknown = new List<string>();
        Assert.Equal("本年新收申请2件，结转1件，行政复议1件，{{part9.x}}。", r.Fill("本年新收申请{{part3.new}}件，结转{{ part3.carried-out }}件，行政复议{{part4.review}}件，{{part9.x}}。", unknown));
        Assert.Equal(["part9.x"], unknown);
        var json = r.ToJson(r.Check());
        var back = AnnualReport.FromJson(JsonNode.Parse(json.ToJsonString()));
        Assert.NotNull(back);
        Assert.Equal(r.Part3.Rows.Select(x => x.Cells.ToList()), back!.Part3.Rows.Select(x => x.Cells.ToList()));
        Assert.Equal(r.Part4.Groups, back.Part4.Groups);
        Assert.Null(AnnualReport.FromJson(JsonNode.Parse("{\"year\":2025}")));
    }

    [Fact]
    public void Without_a_register_parts_three_and_four_are_unfilled_not_zero()
    {
        var r = AnnualReport.Build(2025, Policies, new AnnualReportFigures(1, 1, 1, 1), null, null);
        Assert.All(r.Part3.Rows, row => Assert.All(row.Cells, c => Assert.Null(c)));
        Assert.Contains(r.Check(), i => i.Code == "unfilled" && i.Message.StartsWith("三、", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proceeding_is_recorded_once_and_decided_once_with_its_result()
    {
        var r = Request("9", ApplicantType.NaturalPerson, new(RequestEventKind.Received, D("2025-03-02")), new(RequestEventKind.Answered, D("2025-03-20"), "x", Outcome: RequestOutcome.Disclosed));
        Assert.Contains(RequestEventKind.ReviewOrLitigation, r.AllowedActions());
        Assert.DoesNotContain(RequestEventKind.ProceedingDecided, r.AllowedActions());
        r.Apply(new(RequestEventKind.ReviewOrLitigation, D("2025-04-01"), "x", Proceeding: ProceedingKind.LitigationDirect));
        Assert.Throws<GovOpenException>(() => r.Apply(new(RequestEventKind.ReviewOrLitigation, D("2025-04-02"), "x", Proceeding: ProceedingKind.LitigationDirect)));
        Assert.Equal("proceeding", Assert.Throws<GovOpenException>(() => r.Apply(new(RequestEventKind.ProceedingDecided, D("2025-05-01"), "x", Proceeding: ProceedingKind.LitigationDirect))).Issue.Code);
        r.Apply(new(RequestEventKind.ProceedingDecided, D("2025-05-01"), "x", Proceeding: ProceedingKind.LitigationDirect, ProceedingResult: ProceedingResult.Corrected));
        Assert.Equal([0, 1, 0, 0, 1], AnnualReportTable4.Build([r], 2025).Skip(5).Take(5));
    }
}

public sealed class StatutoryCatalogueTests
{
    private static GovOpen.Core.Content.ContentItem Item(string id, string route, string? parent, string updated, System.Text.Json.Nodes.JsonObject? props = null) => new()
    {
        Id = id,
        ContentType = GovOpen.Core.Content.ContentTypes.Page,
        Name = id,
        Route = new GovOpen.Core.Content.ContentRoute(route),
        ParentId = parent,
        CreateDate = DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture),
        UpdateDate = DateTimeOffset.Parse(updated, System.Globalization.CultureInfo.InvariantCulture),
        Properties = props ?? [],
    };

    [Fact]
    public void Columns_are_current_stale_or_empty_by_their_interval_and_a_linked_column_counts_its_content()
    {
        var items = new List<GovOpen.Core.Content.ContentItem>
        {
            Item("zcwj", "/xxgk/zcwj/", null, "2024-01-01"),
            Item("p1", "/xxgk/zcwj/p1/", "zcwj", "2026-09-01"),
            Item("cat-reg", "/xxgk/fdzdgknr/regulations/", "cat", "2024-01-01", new() { ["catalogueCategory"] = "regulations", ["linkedColumn"] = "/xxgk/zcwj" }),
            Item("cat-stat", "/xxgk/fdzdgknr/statistics/", "cat", "2024-01-01", new() { ["catalogueCategory"] = "statistics" }),
            Item("s1", "/xxgk/fdzdgknr/statistics/s1/", "cat-stat", "2026-01-10"),
            Item("cat-proc", "/xxgk/fdzdgknr/procurement/", "cat", "2024-01-01", new() { ["catalogueCategory"] = "procurement" }),
            Item("cat-own", "/xxgk/fdzdgknr/projects/", "cat", "2024-01-01", new() { ["catalogueCategory"] = "projects", ["updateIntervalDays"] = "30" }),
            Item("pr1", "/xxgk/fdzdgknr/projects/pr1/", "cat-own", "2026-10-01"),
            Item("not-a-category", "/xxgk/fdzdgknr/x/", "cat", "2024-01-01", new() { ["catalogueCategory"] = "nonsense" }),
        };
        var byRoute = items.ToDictionary(i => GovOpen.Core.Content.ContentRoute.Normalize(i.Route.Path));
        var columns = GovOpen.Core.Disclosure.CatalogueColumns.Of(items.Where(i => i.ParentId == "cat"), r => byRoute.GetValueOrDefault(r),
            id => items.Where(i => i.ParentId == id), d => DateOnly.FromDateTime(d.DateTime), new DateOnly(2026, 12, 1));
        Assert.Equal(["regulations", "statistics", "procurement", "projects"], columns.Select(c => c.Category.Key));
        Assert.Equal(("/xxgk/zcwj/", GovOpen.Core.Disclosure.ColumnFreshness.Current), (columns[0].Href, columns[0].Freshness));
        Assert.Equal(GovOpen.Core.Disclosure.ColumnFreshness.Stale, columns[1].Freshness); // 180 days since 2026-01-10
        Assert.Equal(GovOpen.Core.Disclosure.ColumnFreshness.Empty, columns[2].Freshness);
        Assert.Equal(GovOpen.Core.Disclosure.ColumnFreshness.Stale, columns[3].Freshness); // the agency's own 30 days
        Assert.Equal(15, GovOpen.Core.Disclosure.StatutoryCatalogue.Categories.Select(c => c.Item).Distinct().Count());
    }
}
