using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace GovOpen.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    private static string Repo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }

    private static string Ledgers => Path.Combine(Repo(), "src", "GovOpen.Cli", "Sample", "requests-2025.json");

    private string Sample()
    {
        var pkg = Path.Combine(_dir, "pkg");
        Assert.Equal(0, Run("sample", "--out", pkg).Code);
        return pkg;
    }

    [Fact]
    public void The_sample_citys_report_is_generated_from_its_records_passes_every_check_and_matches_what_the_sample_keeps()
    {
        var pkg = Sample();
        var outDir = Path.Combine(_dir, "out");
        var (code, output, err) = Run("report", "annual", "--year", "2025", "--package", pkg, "--requests", Ledgers, "--out", outDir);
        Assert.True(code == 0, err + output);
        var json = JsonNode.Parse(output)!;
        Assert.Empty(json["checks"]!.AsArray());
        var part3 = json["part3"]!["rows"]!.AsArray().ToDictionary(r => (string)r!["key"]!, r => r!["cells"]!.AsArray().Select(c => (int)c!).ToList());
        Assert.Equal(12, part3["new"][^1]);
        Assert.Equal(1, part3["carried-in"][^1]);
        Assert.Equal(1, part3["carried-out"][^1]);
        Assert.Equal(part3["new"][^1] + part3["carried-in"][^1], part3["outcome-total"][^1] + part3["carried-out"][^1]);
        // The tables the sample's 2025 report keeps are these, generated, not typed.
        var kept = JsonNode.Parse(File.ReadAllText(Path.Combine(pkg, "items", "ndbg-2025.json")))!["properties"]!["reportTables"]!;
        json.AsObject().Remove("checks");
        Assert.Equal(json.ToJsonString(), kept.ToJsonString());
    }

    [Fact]
    public void The_docx_lays_out_the_six_parts_with_bordered_tables_and_the_xlsx_holds_the_tables()
    {
        var pkg = Sample();
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, Run("report", "annual", "--year", "2025", "--package", pkg, "--requests", Ledgers, "--out", outDir, "--agency", "示例市人民政府").Code);
        using (var doc = WordprocessingDocument.Open(Path.Combine(outDir, "annual-report-2025.docx"), false))
        {
            var body = doc.MainDocumentPart!.Document.Body!;
            var text = body.InnerText;
            Assert.StartsWith("示例市人民政府2025年政府信息公开工作年度报告", text);
            foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
            {
                Assert.Contains(heading, text);
            }
            Assert.Contains("新收政府信息公开申请12件", text); // {{part3.new}} filled in the narrative
            Assert.DoesNotContain("{{", text);
            var tables = body.Elements<W.Table>().ToList();
            Assert.Equal(6, tables.Count); // part 二's four blocks, 三, 四
            Assert.NotNull(tables[0].GetFirstChild<W.TableProperties>()!.GetFirstChild<W.TableBorders>());
            var item1 = tables[0].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["第二十条第（一）项"], item1[0]);
            Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], item1[1]);
            Assert.Equal("行政规范性文件", item1[3][0]);
            var p4 = tables[5].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"], p4[0]);
            Assert.Equal(15, p4[2].Count);
        }
        using var book = SpreadsheetDocument.Open(Path.Combine(outDir, "annual-report-2025.xlsx"), false);
        var sheets = book.WorkbookPart!.Workbook.Descendants<S.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["二、主动公开", "三、依申请公开", "四、复议诉讼"], sheets);
    }

    [Fact]
    public void Unfilled_parts_and_a_bad_figure_fail_the_checks_and_name_what_is_missing()
    {
        var pkg = Sample();
        var file = Path.Combine(pkg, "items", "ndbg-2025.json");
        var item = JsonNode.Parse(File.ReadAllText(file))!;
        item["properties"]!["penaltyCount"] = "一百二十八";
        File.WriteAllText(file, item.ToJsonString());
        var (code, output, err) = Run("report", "annual", "--year", "2025", "--package", pkg, "--out", Path.Combine(_dir, "out"));
        Assert.Equal(1, code);
        Assert.Contains("parts 三 and 四 are left unfilled", err);
        var checks = JsonNode.Parse(output)!["checks"]!.AsArray().Select(c => (string)c!["message"]!).ToList();
        Assert.Contains(checks, c => c.Contains("行政处罚处理决定数量应为不小于0的整数"));
        Assert.Contains(checks, c => c.StartsWith("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal));
        Assert.Contains(checks, c => c.Contains("“行政处罚”尚未填写"));
    }
}

public sealed class CalendarCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-cal-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void A_new_years_arrangement_is_validated_before_it_is_loaded()
    {
        var good = Path.Combine(_dir, "2027.json");
        File.WriteAllText(good, """{"year":2027,"papers":["国务院办公厅关于2027年部分节假日安排的通知（测试）"],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},{"name":"春节","date":"2027-02-05","isOffDay":true},{"name":"春节","date":"2027-02-08","isOffDay":true},{"name":"春节","date":"2027-02-07","isOffDay":false}]}""");
        var (code, output, warnings) = Run("calendar", "check", good);
        Assert.Equal(0, code);
        Assert.Equal("2027年：3个休息日，1个调休上班日；来源：国务院办公厅关于2027年部分节假日安排的通知（测试）", output.Trim()); // the result on stdout
        Assert.Contains("警告 warning: 法定节假日2027-04-05（清明节）在文件中不是休息日", warnings); // an incomplete file is flagged, on stderr

        var stray = Path.Combine(_dir, "bad.json");
        File.WriteAllText(stray, """{"year":2027,"days":[{"name":"国庆","date":"2029-10-01","isOffDay":true}]}""");
        var (strayCode, strayOut, strayErr) = Run("calendar", "check", stray);
        Assert.Equal(1, strayCode);
        Assert.StartsWith("2027年：", strayOut, StringComparison.Ordinal);
        Assert.Contains("错误 error: 2029-10-01（国庆）不属于2027年", strayErr);
        var empty = Path.Combine(_dir, "2028.json");
        File.WriteAllText(empty, """{"year":2028,"days":[]}""");
        var (emptyCode, _, emptyErr) = Run("calendar", "check", empty);
        Assert.Equal(1, emptyCode);
        Assert.Contains("错误 error: 2028年的放假调休安排尚未发布", emptyErr);
        var garbage = Path.Combine(_dir, "garbage.json");
        File.WriteAllText(garbage, "not json");
        var (gc, _, err) = Run("calendar", "check", garbage);
        Assert.Equal(1, gc);
        Assert.Contains("garbage.json", err);
    }
}
