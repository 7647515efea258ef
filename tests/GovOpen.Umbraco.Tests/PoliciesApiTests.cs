using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovOpen.Core.Content;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.Api.Policies;
using GovOpen.Umbraco.ContentModel;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

public sealed class PoliciesApiTests
{
    private readonly FakeSite _site = new();
    private readonly List<int?> _saves = [];

    private PoliciesApiController Api(params Guid[] denied)
    {
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(It.IsAny<Guid>())).Returns((Guid k) => _site.Contents.FirstOrDefault(c => c.Key == k));
        cs.Setup(s => s.Save(It.IsAny<IContent>(), It.IsAny<int?>(), It.IsAny<ContentScheduleCollection?>())).Callback((IContent _, int? user, ContentScheduleCollection? _) => _saves.Add(user));
        return new PoliciesApiController(new FakeContentSource(_site), cs.Object, FakeUsers.Permissions(denied), FakeUsers.Current(FakeUsers.User(42, "编辑甲")), new FixedClock(new DateOnly(2026, 11, 23)));
    }

    private IContent Normative(string title, string number, string validUntil) =>
        _site.Add(ContentTypes.PolicyDocument, title, new(FakeSite.Policy(number: number)) { ["validity"] = $$"""{"effectiveDate":"2022-01-01","validUntil":"{{validUntil}}","history":[]}""" }, published: true);

    [Fact]
    public async Task The_register_exports_as_csv_with_review_hints_and_formula_cells_neutralised()
    {
        Normative("示例市甲管理办法", "示府规〔2022〕1号", "2026-12-31");
        Normative("=HYPERLINK(\"http://x\")", "示府规〔2022〕2号", "2031-12-31");
        var file = Assert.IsType<FileContentResult>(await Api().Export("csv", null, normativeOnly: true));
        Assert.StartsWith("text/csv", file.ContentType);
        Assert.EndsWith(".csv", file.FileDownloadName);
        var text = Encoding.UTF8.GetString(file.FileContents);
        Assert.StartsWith("\uFEFF标题,发文字号,索引号,发文机关,成文日期,发布日期,文件类别,施行日期,有效期至,有效性,清理提示\r\n", text);
        Assert.Contains("示例市甲管理办法,示府规〔2022〕1号,", text);
        Assert.Contains("2026年12月31日到期，须在到期前评估", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
        Assert.IsType<BadRequestObjectResult>(await Api().Export("pdf", null));
    }

    [Fact]
    public async Task The_register_exports_as_an_xlsx_workbook()
    {
        Normative("示例市甲管理办法", "示府规〔2022〕1号", "2026-12-31");
        var file = Assert.IsType<FileContentResult>(await Api().Export("xlsx", null));
        using var doc = SpreadsheetDocument.Open(new MemoryStream(file.FileContents), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows[1].Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["示例市甲管理办法", "示府规〔2022〕1号"], cells.Take(2));
        Assert.Equal("现行有效", cells[9]);
    }

    [Fact]
    public async Task A_batch_sets_the_topic_and_records_a_validity_change_on_each_allowed_document()
    {
        var a = Normative("甲办法", "示府规〔2022〕1号", "2026-12-31");
        var b = Normative("乙办法", "示府规〔2022〕2号", "2026-12-31");
        var c = Normative("丙办法", "示府规〔2022〕3号", "2026-12-31");
        var input = new PolicyBatchInput([a.Key.ToString(), b.Key.ToString(), c.Key.ToString(), "not-a-key"], @"城乡建设、环境保护\城市规划",
            new BatchValidityEvent("declaredInvalid", "2026-11-30", "示例市人民政府关于宣布失效一批行政规范性文件的决定", "示府发〔2026〕20号", "清理"));
        var results = Assert.IsType<List<PolicyBatchResult>>(Assert.IsType<OkObjectResult>(await Api(c.Key).Batch(input)).Value);
        Assert.Equal([true, true, false, false], results.Select(r => r.Ok));
        Assert.Equal("没有修改权限", results[2].Message);
        Assert.Equal("文件不存在", results[3].Message);
        Assert.Equal([42, 42], _saves); // saved as the editor, not published
        var policy = UmbracoContentAdapter.ToPolicy(a, ContentVersion.Edited);
        Assert.Equal(@"城乡建设、环境保护\城市规划", policy.Topic);
        Assert.Equal(ValidityState.Expired, policy.Validity.StateOn(new DateOnly(2026, 12, 1)));
        Assert.Equal("示府发〔2026〕20号", policy.Validity.History.Last().By!.DocumentNumber);
        Assert.Equal("现行有效", UmbracoContentAdapter.ToPolicy(a, ContentVersion.Published).Validity.ShownOn(new DateOnly(2026, 12, 1)).Name()); // the public version is untouched until republished
    }

    [Fact]
    public async Task A_change_that_does_not_fit_a_document_is_refused_for_it_alone_and_bad_input_names_the_field()
    {
        var a = Normative("甲办法", "示府规〔2022〕1号", "2026-12-31");
        var early = new PolicyBatchInput([a.Key.ToString()], null, new BatchValidityEvent("abolished", "2020-01-01", null, null, null));
        var r = Assert.Single(Assert.IsType<List<PolicyBatchResult>>(Assert.IsType<OkObjectResult>(await Api().Batch(early)).Value));
        Assert.False(r.Ok);
        Assert.False(string.IsNullOrEmpty(r.Message));
        Assert.Empty(_saves);

        var noAction = Assert.IsType<BadRequestObjectResult>(await Api().Batch(new PolicyBatchInput([a.Key.ToString()], null, null)));
        Assert.Equal("action", ((ProblemDetails)noAction.Value!).Extensions["field"]);
        var badTopic = Assert.IsType<BadRequestObjectResult>(await Api().Batch(new PolicyBatchInput([a.Key.ToString()], "不存在的分类", null)));
        Assert.Equal("topic", ((ProblemDetails)badTopic.Value!).Extensions["field"]);
        var badKind = Assert.IsType<BadRequestObjectResult>(await Api().Batch(new PolicyBatchInput([a.Key.ToString()], null, new BatchValidityEvent("effective", "2026-01-01", null, null, null))));
        Assert.Equal("validityEvent.kind", ((ProblemDetails)badKind.Value!).Extensions["field"]);
    }

    [Fact]
    public async Task The_list_finds_documents_by_title_or_number_in_any_written_form()
    {
        Normative("示例市甲管理办法", "示府规〔2022〕1号", "2026-12-31");
        Normative("示例市乙管理办法", "示府规〔2022〕2号", "2026-12-31");
        var ok = Assert.IsType<OkObjectResult>(await Api().List("示府规[2022]1号"));
        var items = (IEnumerable<PolicyListItem>)ok.Value!.GetType().GetProperty("items")!.GetValue(ok.Value)!;
        Assert.Equal(["示例市甲管理办法"], items.Select(i => i.Title));
    }

    [Fact]
    public async Task The_list_and_the_export_hold_only_the_documents_the_user_may_browse()
    {
        Normative("示例市甲管理办法", "示府规〔2022〕1号", "2026-12-31");
        var hidden = _site.Add(ContentTypes.PolicyDocument, "示例市不予公开的内部规定（示例）", new(FakeSite.Policy(number: "示府规〔2022〕3号", disclosure: """{"attribute":"notDisclosed"}""")), published: false);

        var all = Assert.IsType<OkObjectResult>(await Api().List(null));
        Assert.Equal(2, (int)all.Value!.GetType().GetProperty("total")!.GetValue(all.Value)!);

        var ok = Assert.IsType<OkObjectResult>(await Api(hidden.Key).List(null));
        var items = (IEnumerable<PolicyListItem>)ok.Value!.GetType().GetProperty("items")!.GetValue(ok.Value)!;
        Assert.Equal(["示例市甲管理办法"], items.Select(i => i.Title));
        Assert.Equal(1, (int)ok.Value!.GetType().GetProperty("total")!.GetValue(ok.Value)!);
        var csv = Encoding.UTF8.GetString(Assert.IsType<FileContentResult>(await Api(hidden.Key).Export("csv", null)).FileContents);
        Assert.Contains("示例市甲管理办法", csv);
        Assert.DoesNotContain("不予公开", csv);
        Assert.DoesNotContain("示府规〔2022〕3号", csv);

        var nobody = new PoliciesApiController(new FakeContentSource(_site), Mock.Of<IContentService>(), FakeUsers.Permissions(), FakeUsers.Current(null), new FixedClock(new DateOnly(2026, 11, 23)));
        Assert.Equal(403, Assert.IsType<ObjectResult>(await nobody.List(null)).StatusCode);
        Assert.Equal(403, Assert.IsType<ObjectResult>(await nobody.Export("csv", null)).StatusCode);
    }
}
