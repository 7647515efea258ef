namespace GovOpen.Core.Requests;

/// <summary>
/// Part 四 of the annual report (政府信息公开行政复议、行政诉讼情况): for 行政复议, 行政诉讼 未经复议直接起诉 and 复议后起诉,
/// the proceedings filed in the year by result — 结果维持, 结果纠正, 其他结果, 尚未审结 (no decision by 31 December) — and
/// their total, from the 依申请公开 register's events.
/// </summary>
public static class AnnualReportTable4
{
    public static readonly IReadOnlyList<string> Groups = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];

    public static readonly IReadOnlyList<string> Columns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>15 cells: for each group of <see cref="Groups"/>, the five <see cref="Columns"/>.</summary>
    public static IReadOnlyList<int> Build(IEnumerable<DisclosureRequest> requests, int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var cells = new int[15];
        foreach (var r in requests)
        {
            foreach (var filed in r.Events.Where(e => e.Kind == RequestEventKind.ReviewOrLitigation && e.Date >= start && e.Date <= end))
            {
                // A proceeding recorded before its kind was kept (older registers) counts as 行政复议.
                var group = (int)(filed.Proceeding ?? ProceedingKind.Review) * 5;
                var decided = r.Events.FirstOrDefault(e => e.Kind == RequestEventKind.ProceedingDecided && e.Proceeding == (filed.Proceeding ?? ProceedingKind.Review) && e.Date <= end);
                var column = decided?.ProceedingResult switch
                {
                    ProceedingResult.Upheld => 0,
                    ProceedingResult.Corrected => 1,
                    ProceedingResult.Other => 2,
                    _ => 3,
                };
                cells[group + column]++;
                cells[group + 4]++;
            }
        }
        return cells;
    }
}
