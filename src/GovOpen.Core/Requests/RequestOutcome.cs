using System.Text.Json.Nodes;

namespace GovOpen.Core.Requests;

/// <summary>Answer and closing types (条例 arts. 36–39, 30; 国办函〔2020〕109号), one per row of annual-report table 3.</summary>
public enum RequestOutcome
{
    Disclosed,                 // （一）予以公开
    PartlyDisclosed,           // （二）部分公开
    SecretState,               // （三）1 属于国家秘密
    SecretLaw,                 // （三）2 其他法律行政法规禁止公开
    SecretSecurity,            // （三）3 危及“三安全一稳定”
    SecretThirdParty,          // （三）4 保护第三方合法权益
    SecretInternal,            // （三）5 属于三类内部事务信息
    SecretProcess,             // （三）6 属于四类过程性信息
    SecretEnforcement,         // （三）7 属于行政执法案卷
    SecretInquiry,             // （三）8 属于行政查询事项
    UnavailableNotHeld,        // （四）1 本机关不掌握相关政府信息
    UnavailableNeedsCreation,  // （四）2 没有现成信息需要另行制作
    UnavailableStillUnclear,   // （四）3 补正后申请内容仍不明确
    NotProcessedPetition,      // （五）1 信访举报投诉类申请
    NotProcessedRepeat,        // （五）2 重复申请
    NotProcessedPublication,   // （五）3 要求提供公开出版物
    NotProcessedExcessive,     // （五）4 无正当理由大量反复申请
    NotProcessedConfirmation,  // （五）5 要求行政机关确认或重新出具已获取信息
    OtherNoCorrection,         // （六）1 申请人无正当理由逾期不补正
    OtherFeeUnpaid,            // （六）2 申请人逾期未按收费通知要求缴纳费用
    Other,                     // （六）3 其他
}

public static class RequestOutcomes
{
    /// <summary>Outcomes that end a request without an answer (recorded as a 终止 event).</summary>
    public static bool IsClosingOnly(this RequestOutcome o) => o is RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid;

    /// <summary>The table-3 row label (国办公开办函〔2021〕30号).</summary>
    public static string RowLabel(this RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => "（一）予以公开",
        RequestOutcome.PartlyDisclosed => "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        RequestOutcome.SecretState => "（三）不予公开 1.属于国家秘密",
        RequestOutcome.SecretLaw => "（三）不予公开 2.其他法律行政法规禁止公开",
        RequestOutcome.SecretSecurity => "（三）不予公开 3.危及“三安全一稳定”",
        RequestOutcome.SecretThirdParty => "（三）不予公开 4.保护第三方合法权益",
        RequestOutcome.SecretInternal => "（三）不予公开 5.属于三类内部事务信息",
        RequestOutcome.SecretProcess => "（三）不予公开 6.属于四类过程性信息",
        RequestOutcome.SecretEnforcement => "（三）不予公开 7.属于行政执法案卷",
        RequestOutcome.SecretInquiry => "（三）不予公开 8.属于行政查询事项",
        RequestOutcome.UnavailableNotHeld => "（四）无法提供 1.本机关不掌握相关政府信息",
        RequestOutcome.UnavailableNeedsCreation => "（四）无法提供 2.没有现成信息需要另行制作",
        RequestOutcome.UnavailableStillUnclear => "（四）无法提供 3.补正后申请内容仍不明确",
        RequestOutcome.NotProcessedPetition => "（五）不予处理 1.信访举报投诉类申请",
        RequestOutcome.NotProcessedRepeat => "（五）不予处理 2.重复申请",
        RequestOutcome.NotProcessedPublication => "（五）不予处理 3.要求提供公开出版物",
        RequestOutcome.NotProcessedExcessive => "（五）不予处理 4.无正当理由大量反复申请",
        RequestOutcome.NotProcessedConfirmation => "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
        RequestOutcome.OtherNoCorrection => "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        RequestOutcome.OtherFeeUnpaid => "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        _ => "（六）其他处理 3.其他",
    };
}

/// <summary>One row of table 3: counts for the six applicant columns and the total.</summary>
public sealed record Table3Row(string Key, string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

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
