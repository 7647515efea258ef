using GovOpen.Core.Documents;

namespace GovOpen.Umbraco.Api.Policies;

/// <summary>The policy register as an .xlsx workbook: one sheet, a header row, text cells (GovOpen.Import's <see cref="GovOpen.Import.Export.Workbook"/>).</summary>
public static class RegisterWorkbook
{
    public static byte[] Write(IEnumerable<PolicyRegisterRow> rows) =>
        GovOpen.Import.Export.Workbook.Write([("文件台账", new[] { PolicyRegister.Headers }.Concat(rows.Select(r => r.Cells())))]);
}
