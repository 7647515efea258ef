namespace GovOpen.Core.Requests;

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
