using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovOpen.Core.AnnualReports;
using GovOpen.Core.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovOpen.Import.Export;

/// <summary>What the .docx needs besides the tables: who reports, the year, and the narrative parts as plain text.</summary>
public sealed record AnnualReportText(string Agency, string? Overview, string? Problems, string? OtherMatters);

/// <summary>
/// The annual report as the official template lays it out (.docx: title, the statistics period, parts 一 to 六 with
/// the three tables bordered, headers repeated) and the tables alone as .xlsx for the supervising office. Written
/// with DocumentFormat.OpenXml; cells are text, so nothing in them is evaluated.
/// </summary>
public static class AnnualReportExport
{
    public static string Title(AnnualReportText text, int year) => $"{text.Agency}{year}年政府信息公开工作年度报告";

    public static byte[] Docx(AnnualReport report, AnnualReportText text)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            body.Append(Paragraph(Title(text, report.Year), bold: true, size: 36, center: true));
            body.Append(Paragraph($"本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自{report.Year}年1月1日起至{report.Year}年12月31日止。"));
            body.Append(Heading("一、总体情况"));
            AppendText(body, report.Fill(text.Overview ?? ""));
            body.Append(Heading("二、主动公开政府信息情况"));
            foreach (var block in report.Part2)
            {
                body.Append(Table(block.Caption, ["信息内容", .. block.Columns], block.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells.Select(Cell)]).ToList()));
            }
            body.Append(Heading("三、收到和处理政府信息公开申请情况"));
            body.Append(Table(null, ["", .. report.Part3.Columns], report.Part3.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells.Select(Cell)]).ToList(),
                [("", 1), ("申请人情况", 7)]));
            body.Append(Heading("四、政府信息公开行政复议、行政诉讼情况"));
            var groups = report.Part4.Groups ?? [];
            body.Append(Table(null, [.. report.Part4.Columns], report.Part4.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(Cell)]).ToList(),
                groups.Select(g => (g, 5)).ToList()));
            body.Append(Heading("五、存在的主要问题及改进情况"));
            AppendText(body, report.Fill(text.Problems ?? ""));
            body.Append(Heading("六、其他需要报告的事项"));
            AppendText(body, report.Fill(text.OtherMatters ?? ""));
            foreach (var note in report.Notes)
            {
                body.Append(Paragraph("注：" + note));
            }
            main.Document = new W.Document(body);
            main.Document.Save();
        }
        return ms.ToArray();
    }

    public static byte[] Xlsx(AnnualReport report) => Workbook.Write(
    [
        ("二、主动公开", report.Part2.SelectMany(b => new[] { (IEnumerable<string>)[b.Caption], ["信息内容", .. b.Columns] }
            .Concat(b.Rows.Select(r => (IEnumerable<string>)[r.Label, .. r.Cells.Select(Cell)])))),
        ("三、依申请公开", new[] { (IEnumerable<string>)["", .. report.Part3.Columns] }.Concat(report.Part3.Rows.Select(r => (IEnumerable<string>)[r.Label, .. r.Cells.Select(Cell)]))),
        ("四、复议诉讼", new[] { (IEnumerable<string>)[.. (report.Part4.Groups ?? []).SelectMany(g => new[] { g, "", "", "", "" })], [.. report.Part4.Columns] }
            .Concat(report.Part4.Rows.Select(r => (IEnumerable<string>)[.. r.Cells.Select(Cell)]))),
    ]);

    private static string Cell(decimal? v) => v is { } d ? d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static W.Paragraph Paragraph(string text, bool bold = false, int size = 24, bool center = false)
    {
        var props = new W.RunProperties(new W.RunFonts { EastAsia = "仿宋_GB2312", Ascii = "Times New Roman" }, new W.FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            props.Append(new W.Bold());
        }
        var p = new W.Paragraph(new W.Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            p.PrependChild(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }));
        }
        return p;
    }

    private static W.Paragraph Heading(string text) => Paragraph(text, bold: true, size: 28);

    private static void AppendText(W.Body body, string html)
    {
        foreach (var line in HtmlText.ToPlainText(html).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append(Paragraph(line));
        }
    }

    private static W.Table Table(string? caption, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<(string Label, int Span)>? groups = null)
    {
        var border = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 });
        var table = new W.Table(new W.TableProperties(border, new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" }));
        W.TableRow Row(IEnumerable<(string Text, int Span)> cells, bool isHeader)
        {
            var row = new W.TableRow();
            if (isHeader)
            {
                row.Append(new W.TableRowProperties(new W.TableHeader()));
            }
            foreach (var (text, span) in cells)
            {
                var cell = new W.TableCell(new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
                if (span > 1)
                {
                    cell.PrependChild(new W.TableCellProperties(new W.GridSpan { Val = span }));
                }
                row.Append(cell);
            }
            return row;
        }
        if (caption is not null)
        {
            table.Append(Row([(caption, header.Count)], isHeader: true));
        }
        if (groups is not null)
        {
            table.Append(Row(groups, isHeader: true));
        }
        table.Append(Row(header.Select(h => (h, 1)), isHeader: true));
        foreach (var r in rows)
        {
            table.Append(Row(r.Select(c => (c, 1)), isHeader: false));
        }
        return table;
    }
}
