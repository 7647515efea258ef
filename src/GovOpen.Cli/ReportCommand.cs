using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.AnnualReports;
using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Requests;
using GovOpen.Import.Export;
using GovOpen.Packaging;
using GovOpen.Requests;

namespace GovOpen.Cli;

/// <summary>
/// <c>govopen report annual --year Y --package DIR [--db FILE | --provider P --connection CS] --out DIR [--agency NAME] [--update-package]</c>:
/// the 政府信息公开工作年度报告 generated from the package's policies (public ones), the figures on its 年度报告 item of
/// that year, and the 依申请公开 register; writes .docx, .xlsx and .json, prints the tables and the failed checks as
/// JSON, and exits 1 when a check fails. <c>--update-package</c> keeps the tables on the package's report item.
/// </summary>
internal static class ReportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] != "annual")
        {
            throw new UsageException("govopen report annual --year <yyyy> --package <dir> [--db <file> | --provider postgres|sqlserver --connection <cs> | --requests <ledgers.json>] --out <dir> [--agency <name>] [--update-package]");
        }
        var update = args.Contains("--update-package");
        var o = CliApp.ParseOptions(args[1..].Where(a => a != "--update-package").ToArray(), out _);
        var yearText = o.TryGetValue("year", out var y) ? y : throw new UsageException("--year is required");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2008 or > 2100)
        {
            throw new UsageException($"--year: '{yearText}' is not a year between 2008 and 2100");
        }
        var packageDir = o.TryGetValue("package", out var pd) ? pd : throw new UsageException("--package is required");
        var outDir = o.TryGetValue("out", out var od) ? od : throw new UsageException("--out is required");
        var package = ContentPackage.Load(packageDir);
        var set = package.ToContentSet();

        // What the agency published: 主动公开, not an import draft.
        var policies = set.Policies.Values.Where(p => p.Disclosure.Attribute == DisclosureAttribute.Proactive && !ContentMapper.IsDraft(set.ById[p.Id])).ToList();
        var reportItem = set.Items.FirstOrDefault(i => i.ContentType == ContentTypes.AnnualReport
            && (ScalarCodecs.ReadText(i.Get(PropertyAliases.Year))?.Trim() == yearText || ScalarCodecs.ReadNumber(i.Get(PropertyAliases.Year)) == year));
        var problems = new List<GovOpen.Core.Issue>();
        var figures = reportItem is null ? new AnnualReportFigures() : AnnualReportContent.Figures(reportItem, problems);

        IReadOnlyList<Table3Row>? table3 = null;
        IReadOnlyList<int>? table4 = null;
        if (o.TryGetValue("requests", out var ledgerFile))
        {
            var ledgers = RequestLedgerJson.Read(JsonNode.Parse(TextFile.Read(ledgerFile, CliApp.MaxTextFileBytes)), problems);
            table3 = AnnualReportTable3.Build(ledgers, year);
            table4 = AnnualReportTable4.Build(ledgers, year);
        }
        else if (o.ContainsKey("db") || o.ContainsKey("provider"))
        {
            using var db = RequestCommands.Open(o);
            var store = new RequestStore(db, WorkCalendar.Embedded, GovOpen.Core.Time.AgencyClock.System);
            table3 = store.Table3Async(year).GetAwaiter().GetResult();
            table4 = store.Table4Async(year).GetAwaiter().GetResult();
        }
        else
        {
            stderr.WriteLine("提示 note: no --db/--provider/--requests: parts 三 and 四 are left unfilled");
        }

        var report = AnnualReport.Build(year, policies, figures, table3, table4);
        var checks = problems.Concat(report.CheckWith(policies)).ToList();
        var json = report.ToJson(checks);

        var agency = o.TryGetValue("agency", out var a) ? a : package.Manifest.Agency ?? "本机关";
        var text = new AnnualReportText(agency,
            reportItem is null ? null : ScalarCodecs.ReadRichText(reportItem.Get(PropertyAliases.Overview)),
            reportItem is null ? null : ScalarCodecs.ReadRichText(reportItem.Get(PropertyAliases.Problems)),
            reportItem is null ? null : ScalarCodecs.ReadRichText(reportItem.Get(PropertyAliases.OtherMatters)));
        Directory.CreateDirectory(outDir);
        var name = $"annual-report-{year}";
        File.WriteAllBytes(Path.Combine(outDir, name + ".docx"), AnnualReportExport.Docx(report, text));
        File.WriteAllBytes(Path.Combine(outDir, name + ".xlsx"), AnnualReportExport.Xlsx(report));
        var pretty = new JsonSerializerOptions(CliApp.Json) { WriteIndented = true };
        File.WriteAllText(Path.Combine(outDir, name + ".json"), json.ToJsonString(pretty));

        if (update)
        {
            if (reportItem is null)
            {
                throw new GovOpen.Core.GovOpenException(GovOpen.Core.Issue.Error("package", "no-report", $"内容包中没有{year}年度的年度报告条目", $"The package has no annual report item for {year}."));
            }
            var snapshot = report.ToJson();
            var props = (JsonObject)reportItem.Properties.DeepClone();
            props[PropertyAliases.ReportTables] = snapshot;
            ContentPackage.Write(packageDir, package.Manifest, [reportItem with { Properties = props }]);
            stderr.WriteLine($"已更新 updated: {reportItem.Id} ({PropertyAliases.ReportTables})");
        }
        stdout.WriteLine(json.ToJsonString(pretty));
        var failed = checks.Count(c => c.Severity == GovOpen.Core.Severity.Error);
        stderr.WriteLine(failed == 0 ? $"{year}年度报告表格全部通过校验 / all checks passed" : $"{failed} 项校验未通过 / {failed} check(s) failed");
        return failed == 0 ? CliApp.Ok : CliApp.Invalid;
    }
}
