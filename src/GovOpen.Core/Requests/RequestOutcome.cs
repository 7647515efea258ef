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
