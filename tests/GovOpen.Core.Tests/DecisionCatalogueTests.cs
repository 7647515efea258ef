using System.Text.Json.Nodes;
using GovOpen.Core.Consultations;

namespace GovOpen.Core.Tests;

/// <summary>重大行政决策事项目录: reading, the rules of the steps (国务院令第713号), the current step, and writing back.</summary>
public sealed class DecisionCatalogueTests
{
    private static JsonNode Row(string steps, string note = "") => JsonNode.Parse($$"""
        [{"matter":"示例市停车管理办法制定","department":"示例市交通运输局","planned":"2026年12月","consultation":"yjzj-2026-03","note":"{{note}}","steps":{{steps}}}]
        """)!;

    private static (IReadOnlyList<DecisionCatalogueEntry> Rows, List<Issue> Issues) Read(JsonNode node)
    {
        var issues = new List<Issue>();
        var rows = DecisionCatalogue.Read(node, issues);
        issues.AddRange(DecisionCatalogue.Validate(rows));
        return (rows, issues);
    }

    [Fact]
    public void A_matter_is_at_the_first_step_neither_done_nor_inapplicable()
    {
        var (rows, issues) = Read(Row("""{"publicParticipation":"2026-11-23","expertReview":"n/a","riskAssessment":"2026-11-30"}"""));
        Assert.Empty(issues);
        var r = Assert.Single(rows);
        Assert.Equal(DecisionStep.LegalityReview, r.CurrentStep);
        Assert.Equal(new DateOnly(2026, 11, 23), r.Done[DecisionStep.PublicParticipation]);
        Assert.Contains(DecisionStep.ExpertReview, r.NotApplicable);
        Assert.Equal("yjzj-2026-03", r.ConsultationId);

        var all = """{"publicParticipation":"2026-01-05","expertReview":"2026-02-01","riskAssessment":"2026-02-10","legalityReview":"2026-03-01","collectiveDecision":"2026-03-20","publication":"2026-03-25","implementation":"2026-05-01","postEvaluation":"2026-11-30"}""";
        Assert.Null(Read(Row(all)).Rows[0].CurrentStep);
        Assert.Equal(DecisionStep.PublicParticipation, Read(Row("{}")).Rows[0].CurrentStep);
    }

    [Theory]
    [InlineData("""{"legalityReview":"n/a"}""", "mandatory-step")] // a draft not reviewed for legality never reaches the meeting
    [InlineData("""{"collectiveDecision":"不适用"}""", "mandatory-step")]
    [InlineData("""{"publicParticipation":"n/a"}""", "participation-reason")] // only with a stated reason
    [InlineData("""{"publicParticipation":"2026-03-01","collectiveDecision":"2026-03-10"}""", "order")] // decided before the legality review
    [InlineData("""{"publicParticipation":"2026-03-01","expertReview":"2026-02-01"}""", "order")] // dated before the step it follows
    [InlineData("""{"publicParticipation":"2026-02-30"}""", "step-date")]
    [InlineData("""{"hearing":"2026-03-01"}""", "step")]
    public void The_steps_rules_name_the_row_and_what_is_wrong(string steps, string code)
    {
        var (_, issues) = Read(Row(steps));
        var issue = Assert.Single(issues, i => i.Code == code);
        Assert.Equal(DecisionCatalogue.Field, issue.Field);
        Assert.Contains("第1项", issue.Message);
    }

    [Fact]
    public void Leaving_out_public_participation_with_a_reason_is_allowed()
    {
        Assert.Empty(Read(Row("""{"publicParticipation":"n/a","expertReview":"n/a","riskAssessment":"n/a","legalityReview":"2026-03-01"}""", note: "涉及国家秘密，依法不公开征求意见")).Issues);
    }

    [Fact]
    public void A_row_needs_its_matter_department_and_planned_completion()
    {
        var (_, issues) = Read(JsonNode.Parse("""[{"matter":"","department":" ","steps":{}}]""")!);
        Assert.Equal(["决策事项", "承办单位", "计划完成时间"], issues.Where(i => i.Code == "required").Select(i => i.Message.Split('“')[1].TrimEnd('”')));
        Assert.Contains(Read(JsonNode.Parse("""{"matter":"x"}""")!).Issues, i => i.Code == "not-a-list");
    }

    [Fact]
    public void Written_rows_read_back_the_same()
    {
        var (rows, _) = Read(Row("""{"publicParticipation":"2026-11-23","expertReview":"n/a"}"""));
        var again = DecisionCatalogue.Read(DecisionCatalogue.Write(rows), []);
        Assert.Equal(rows[0].Matter, again[0].Matter);
        Assert.Equal(rows[0].Done, again[0].Done);
        Assert.Equal(rows[0].NotApplicable, again[0].NotApplicable);
        Assert.Equal(rows[0].CurrentStep, again[0].CurrentStep);
    }
}
