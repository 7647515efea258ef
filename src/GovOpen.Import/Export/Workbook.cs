using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovOpen.Core.Documents;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace GovOpen.Import.Export;

/// <summary>
/// An .xlsx of text sheets (the policy register, the annual report's tables): every cell an inline string, so 文号,
/// dates and numbers stay as written and nothing in a cell is evaluated (a formula-like value is neutralised too).
/// </summary>
public static class Workbook
{
    public static byte[] Write(IEnumerable<(string Name, IEnumerable<IEnumerable<string>> Rows)> sheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new S.Workbook();
            var list = new S.Sheets();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new S.SheetData();
                foreach (var row in rows)
                {
                    data.Append(new S.Row(row.Select(c => (OpenXmlElement)new S.Cell { DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(PolicyRegister.SafeCell(c))) })));
                }
                part.Worksheet = new S.Worksheet(data);
                list.Append(new S.Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            book.Workbook.Append(list);
            book.Workbook.Save();
        }
        return ms.ToArray();
    }
}
