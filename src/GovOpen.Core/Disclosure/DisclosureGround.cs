namespace GovOpen.Core.Disclosure;

/// <summary>Legal grounds for not publishing proactively (条例 arts. 13–16).</summary>
public enum DisclosureGround
{
    /// <summary>Art. 13/19/20: outside the proactive scope; disclosed on request. Only for 依申请公开.</summary>
    Art13OutsideProactiveScope,
    /// <summary>Art. 14: lawfully classified state secret (属于国家秘密).</summary>
    Art14StateSecret,
    /// <summary>Art. 14: laws or administrative regulations forbid disclosure.</summary>
    Art14ProhibitedByLaw,
    /// <summary>Art. 14: endangers national, public or economic security or social stability (三安全一稳定).</summary>
    Art14Security,
    /// <summary>Art. 15: trade secrets, personal privacy or other third-party rights (保护第三方合法权益).</summary>
    Art15ThirdParty,
    /// <summary>Art. 16(1): internal-affairs information (三类内部事务信息).</summary>
    Art16InternalAffairs,
    /// <summary>Art. 16(2): process information (四类过程性信息).</summary>
    Art16ProcessInformation,
    /// <summary>Art. 16(2): administrative law-enforcement case files (行政执法案卷).</summary>
    Art16EnforcementFiles,
}
