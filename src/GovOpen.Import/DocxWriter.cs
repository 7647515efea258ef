using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovOpen.Import;

/// <summary>Builds .docx files the way Word lays out a 公文 (one paragraph per line, optional table and footnote), for tests and benchmarks.</summary>
internal static class DocxWriter
{
    public static byte[] FromLines(IEnumerable<string> lines, bool withTable = false, bool withFootnote = false)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            var list = lines.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var p = new Paragraph();
                // Word often splits a line into several runs.
                var text = list[i];
                var half = text.Length / 2;
                p.Append(new Run(new Text(text[..half]) { Space = SpaceProcessingModeValues.Preserve }));
                p.Append(new Run(new Text(text[half..]) { Space = SpaceProcessingModeValues.Preserve }));
                if (withFootnote && text.TrimStart().StartsWith("一、", StringComparison.Ordinal))
                {
                    p.Append(new Run(new FootnoteReference { Id = 1 }));
                }
                body.Append(p);
                if (withTable && text.TrimStart().StartsWith("一、", StringComparison.Ordinal))
                {
                    var table = new Table();
                    foreach (var row in new[] { ("序号", "事项"), ("1", "表格中的事项甲"), ("2", "表格中的事项乙") })
                    {
                        table.Append(new TableRow(
                            new TableCell(new Paragraph(new Run(new Text(row.Item1)))),
                            new TableCell(new Paragraph(new Run(new Text(row.Item2))))));
                    }
                    body.Append(table);
                }
            }
            main.Document = new Document(body);
            if (withFootnote)
            {
                var fn = main.AddNewPart<FootnotesPart>();
                fn.Footnotes = new Footnotes(new Footnote(new Paragraph(new Run(new Text("脚注：此处为说明文字。")))) { Id = 1 });
            }
        }
        return ms.ToArray();
    }
}
