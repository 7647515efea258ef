using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.Api.Policies;

/// <summary>The policy register as an .xlsx workbook: one sheet, a header row, text cells (so 文号 and dates stay as written).</summary>
public static class RegisterWorkbook
{
    public static byte[] Write(IEnumerable<PolicyRegisterRow> rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(PolicyRegister.Headers));
            foreach (var r in rows)
            {
                data.Append(Row(r.Cells()));
            }
            sheetPart.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = "文件台账" }));
            book.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Row Row(IEnumerable<string> cells) =>
        new(cells.Select(c => (OpenXmlElement)new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(PolicyRegister.SafeCell(c))) }));
}
