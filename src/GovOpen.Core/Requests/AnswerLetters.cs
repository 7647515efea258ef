using System.Globalization;
using System.Text;

namespace GovOpen.Core.Requests;

/// <summary>
/// 告知书 templates, one per art. 36–39 outcome. Each names the article it rests on and ends with the remedy notice
/// (行政复议 within 60 days, 行政诉讼 within 6 months, 条例 art. 51). Drafts are plain text for the editor to adjust.
/// </summary>
public static class AnswerLetters
{
    /// <summary>The provision an outcome rests on (mapping per 国办公开办函〔2021〕30号 rows).</summary>
    public static string BasisOf(RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => "《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项",
        RequestOutcome.PartlyDisclosed => "《中华人民共和国政府信息公开条例》第三十七条",
        RequestOutcome.SecretState or RequestOutcome.SecretLaw or RequestOutcome.SecretSecurity => "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项",
        RequestOutcome.SecretThirdParty => "《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项",
        RequestOutcome.SecretInternal or RequestOutcome.SecretProcess or RequestOutcome.SecretEnforcement => "《中华人民共和国政府信息公开条例》第十六条、第三十六条第（三）项",
        RequestOutcome.SecretInquiry => "《中华人民共和国政府信息公开条例》第三十六条第（七）项",
        RequestOutcome.UnavailableNotHeld => "《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项",
        RequestOutcome.UnavailableNeedsCreation => "《中华人民共和国政府信息公开条例》第三十八条",
        RequestOutcome.UnavailableStillUnclear => "《中华人民共和国政府信息公开条例》第三十条",
        RequestOutcome.NotProcessedPetition or RequestOutcome.NotProcessedPublication => "《中华人民共和国政府信息公开条例》第三十九条",
        RequestOutcome.NotProcessedRepeat => "《中华人民共和国政府信息公开条例》第三十六条第（六）项",
        RequestOutcome.NotProcessedExcessive => "《中华人民共和国政府信息公开条例》第三十五条",
        RequestOutcome.NotProcessedConfirmation => "《中华人民共和国政府信息公开条例》第三十六条第（六）项",
        RequestOutcome.OtherNoCorrection => "《中华人民共和国政府信息公开条例》第三十条",
        RequestOutcome.OtherFeeUnpaid => "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        _ => "《中华人民共和国政府信息公开条例》",
    };

    private static string Ground(RequestOutcome o) => o switch
    {
        RequestOutcome.SecretState => "属于国家秘密",
        RequestOutcome.SecretLaw => "属于法律、行政法规禁止公开的政府信息",
        RequestOutcome.SecretSecurity => "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
        RequestOutcome.SecretThirdParty => "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，且第三方不同意公开",
        RequestOutcome.SecretInternal => "属于人事管理、后勤管理、内部工作流程等内部事务信息",
        RequestOutcome.SecretProcess => "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息",
        RequestOutcome.SecretEnforcement => "属于行政执法案卷信息",
        _ => "",
    };

    /// <summary>Drafts the letter for an outcome. Throws a <see cref="GovOpenException"/> naming the field when the outcome needs a reason that is missing.</summary>
    public static AnswerLetterDraft Draft(RequestOutcome outcome, LetterContext c)
    {
        var needsReason = outcome is RequestOutcome.PartlyDisclosed or >= RequestOutcome.SecretState and <= RequestOutcome.SecretInquiry;
        if (needsReason && string.IsNullOrWhiteSpace(c.Reason))
        {
            throw new GovOpenException(Issue.Error("reason", "required", "部分公开或不予公开必须说明理由（条例第三十六条第（三）项）", "A reason is required for partial disclosure or refusal."));
        }
        var basis = BasisOf(outcome);
        string D(DateOnly d) => Text.IsoDate.Chinese(d);
        var sb = new StringBuilder();
        sb.Append(Text.HtmlText.ToPlainText(c.ApplicantName).Trim()).AppendLine("：");
        sb.Append("　　本机关于").Append(D(c.ReceivedOn)).Append("收到您提出的政府信息公开申请（申请编号：").Append(c.RequestNumber)
          .Append("），申请获取“").Append(Text.HtmlText.ToPlainText(c.Description).Trim()).AppendLine("”。经审查，现答复如下：");
        sb.Append("　　");
        sb.Append(outcome switch
        {
            RequestOutcome.Disclosed => $"您申请获取的政府信息属于公开范围，根据{basis}的规定，本机关予以公开。{c.Provision ?? "现将该信息随本告知书一并提供。"}",
            RequestOutcome.PartlyDisclosed => $"您申请获取的政府信息中含有不应当公开的内容（{c.Reason!.Trim()}），但能够作区分处理。根据{basis}的规定，本机关向您提供可以公开的部分。{c.Provision ?? "现将可以公开的部分随本告知书一并提供。"}",
            >= RequestOutcome.SecretState and <= RequestOutcome.SecretEnforcement => $"您申请获取的政府信息{Ground(outcome)}（{c.Reason!.Trim()}）。根据{basis}的规定，本机关决定不予公开。",
            RequestOutcome.SecretInquiry => $"您申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的情形（{c.Reason!.Trim()}），根据{basis}的规定，请按照有关法律、行政法规的规定办理。",
            RequestOutcome.UnavailableNotHeld => $"经检索，本机关未制作或获取您申请的政府信息。根据{basis}的规定，告知您该政府信息不存在。" + (string.IsNullOrWhiteSpace(c.HoldingAgency) ? "" : $"经了解，该信息可能由{c.HoldingAgency.Trim()}负责公开，您可以向其咨询。"),
            RequestOutcome.UnavailableNeedsCreation => $"您申请获取的信息需要本机关对现有政府信息进行加工、分析后才能形成。根据{basis}的规定，本机关不予提供。",
            RequestOutcome.UnavailableStillUnclear => $"经本机关告知补正后，您的申请内容仍不明确，无法确定您所需的政府信息。根据{basis}的规定，本机关无法提供。",
            RequestOutcome.NotProcessedPetition => $"您的申请实质是以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{basis}的规定，本机关不作为政府信息公开申请处理，请依照有关法律、行政法规的规定提出。",
            RequestOutcome.NotProcessedPublication => $"您申请获取的是公开出版物。根据{basis}的规定，本机关不作为政府信息公开申请处理，您可以通过获取公开出版物的途径获取。",
            RequestOutcome.NotProcessedRepeat => $"本机关已就您提出的相同政府信息公开申请作出过答复，您重复申请的，根据{basis}的规定，本机关不予重复处理。",
            RequestOutcome.NotProcessedExcessive => $"您提出的政府信息公开申请数量、频次明显超过合理范围，且未能说明理由或理由不合理。根据{basis}的规定，本机关不予处理。",
            RequestOutcome.NotProcessedConfirmation => $"您要求本机关确认或者重新出具已获取的信息，根据{basis}的规定，本机关不予处理。",
            RequestOutcome.OtherNoCorrection => $"本机关已向您发出补正通知，您无正当理由逾期未补正。根据{basis}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。",
            RequestOutcome.OtherFeeUnpaid => $"本机关已向您发出收费通知，您逾期未按要求缴纳信息处理费。根据{basis}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。",
            _ => $"根据{basis}的规定，本机关对您的申请作如下处理：（请填写处理情况）。",
        });
        sb.AppendLine();
        sb.Append("　　如对本答复不服，可以自收到本告知书之日起六十日内向").Append(c.ReviewBody).Append("申请行政复议，或者在六个月内向")
          .Append(c.Court).AppendLine("提起行政诉讼。");
        sb.AppendLine();
        sb.Append("　　　　　　　　　　　　　　　　").AppendLine(c.Agency);
        sb.Append("　　　　　　　　　　　　　　　　").AppendLine(D(c.IssuedOn));
        return new AnswerLetterDraft(Title(outcome), basis, sb.ToString());
    }

    private static string Title(RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => "政府信息公开申请答复告知书（予以公开）",
        RequestOutcome.PartlyDisclosed => "政府信息公开申请答复告知书（部分公开）",
        >= RequestOutcome.SecretState and <= RequestOutcome.SecretInquiry => "政府信息公开申请答复告知书（不予公开）",
        >= RequestOutcome.UnavailableNotHeld and <= RequestOutcome.UnavailableStillUnclear => "政府信息公开申请答复告知书（无法提供）",
        >= RequestOutcome.NotProcessedPetition and <= RequestOutcome.NotProcessedConfirmation => "政府信息公开申请答复告知书（不予处理）",
        RequestOutcome.OtherNoCorrection or RequestOutcome.OtherFeeUnpaid => "政府信息公开申请终止办理告知书",
        _ => "政府信息公开申请答复告知书",
    };
}
