using System.Text.Json.Nodes;

namespace GovOpen.Core.Requests;

/// <summary>Table 3 of the annual report (收到和处理政府信息公开申请情况) rolled up from the ledgers.</summary>
public static class AnnualReportTable3
{
    public static readonly IReadOnlyList<string> Columns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>The table as JSON: <c>{year, columns, rows: [{key, label, counts, total}]}</c> (CLI and back-office API).</summary>
    public static JsonObject ToJson(int year, IReadOnlyList<Table3Row> rows) => new()
    {
        ["year"] = year,
        ["columns"] = new JsonArray(Columns.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
        ["rows"] = new JsonArray(rows.Select(r => (JsonNode)new JsonObject
        {
            ["key"] = r.Key,
            ["label"] = r.Label,
            ["counts"] = new JsonArray(r.Counts.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
            ["total"] = r.Total,
        }).ToArray()),
    };

    public static IReadOnlyList<Table3Row> Build(IEnumerable<DisclosureRequest> requests, int year)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var list = requests.Where(r => r.ReceivedOn is not null).ToList();
        int[] Count(Func<DisclosureRequest, bool> pick)
        {
            var c = new int[6];
            foreach (var r in list.Where(pick))
            {
                c[(int)r.ApplicantType]++;
            }
            return c;
        }
        bool CompletedBy(DisclosureRequest r, DateOnly d) => r.Completion is { } e && e.Date <= d;
        var rows = new List<Table3Row>
        {
            new("new", "一、本年新收政府信息公开申请数量", Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end)),
            new("carried-in", "二、上年结转政府信息公开申请数量", Count(r => r.ReceivedOn < start && !CompletedBy(r, start.AddDays(-1)))),
        };
        var outcomes = new List<Table3Row>();
        foreach (var o in Enum.GetValues<RequestOutcome>())
        {
            // A withdrawn request has no answer type; it is counted under （六）3 其他 so the table balances.
            outcomes.Add(new Table3Row($"outcome:{o}", o.RowLabel(), Count(r => r.Completion is { } e && e.Date >= start && e.Date <= end && (e.Outcome ?? RequestOutcome.Other) == o)));
        }
        rows.AddRange(outcomes);
        var total = new int[6];
        foreach (var row in outcomes)
        {
            for (var i = 0; i < 6; i++)
            {
                total[i] += row.Counts[i];
            }
        }
        rows.Add(new Table3Row("outcome-total", "（七）总计", total));
        rows.Add(new Table3Row("carried-out", "四、结转下年度继续办理", Count(r => r.ReceivedOn <= end && !CompletedBy(r, end))));
        return rows;
    }
}
