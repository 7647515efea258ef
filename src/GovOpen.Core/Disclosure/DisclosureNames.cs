using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Disclosure;

/// <summary>The vocabularies of 公开属性 and of the legal grounds for not publishing proactively.</summary>
public static class DisclosureNames
{
    /// <summary>Flag of the grounds that only fit 依申请公开 (art. 13 is no ground for 不予公开).</summary>
    public const string OnRequestOnly = "onRequestOnly";

    public static Vocabulary<DisclosureAttribute> Attributes { get; } = new("disclosureAttribute", "disclosure",
    [
        new(DisclosureAttribute.Proactive, "proactive", "主动公开", "Proactive disclosure"),
        new(DisclosureAttribute.OnRequest, "onRequest", "依申请公开", "Disclosure on request"),
        new(DisclosureAttribute.NotDisclosed, "notDisclosed", "不予公开", "Not disclosed"),
    ]);

    public static Vocabulary<DisclosureGround> Grounds { get; } = new("disclosureGround", "disclosure",
    [
        new(DisclosureGround.Art13OutsideProactiveScope, "art13", "不属于主动公开范围（《政府信息公开条例》第十三条、第十九条、第二十条）", "Outside the proactive scope (arts. 13, 19, 20)") { Article = 13, Flags = new HashSet<string> { OnRequestOnly } },
        new(DisclosureGround.Art14StateSecret, "art14-secret", "属于国家秘密（第十四条）", "State secret (art. 14)") { Article = 14 },
        new(DisclosureGround.Art14ProhibitedByLaw, "art14-law", "法律、行政法规禁止公开（第十四条）", "Forbidden by law or administrative regulation (art. 14)") { Article = 14 },
        new(DisclosureGround.Art14Security, "art14-security", "危及“三安全一稳定”（第十四条）", "Endangers security or stability (art. 14)") { Article = 14 },
        new(DisclosureGround.Art15ThirdParty, "art15-third-party", "涉及商业秘密、个人隐私等第三方合法权益（第十五条）", "Trade secrets, privacy or other third-party rights (art. 15)") { Article = 15 },
        new(DisclosureGround.Art16InternalAffairs, "art16-internal", "属于人事管理、后勤管理、内部工作流程等内部事务信息（第十六条第一款）", "Internal-affairs information (art. 16(1))") { Article = 16 },
        new(DisclosureGround.Art16ProcessInformation, "art16-process", "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息（第十六条第二款）", "Process information (art. 16(2))") { Article = 16 },
        new(DisclosureGround.Art16EnforcementFiles, "art16-enforcement", "属于行政执法案卷信息（第十六条第二款）", "Administrative law-enforcement case files (art. 16(2))") { Article = 16 },
    ]);

    public static string Name(this DisclosureAttribute a) => Attributes.Name(a);

    public static string Alias(this DisclosureAttribute a) => Attributes.Alias(a);

    public static bool TryParseAttribute(string? value, out DisclosureAttribute attribute) => Attributes.TryParse(value, out attribute);

    public static string Name(this DisclosureGround g) => Grounds.Name(g);

    /// <summary>The article of the 条例 the ground rests on.</summary>
    public static int Article(this DisclosureGround g) => Grounds[g].Article!.Value;

    public static string Alias(this DisclosureGround g) => Grounds.Alias(g);

    public static bool TryParseGround(string? value, out DisclosureGround ground) => Grounds.TryParse(value, out ground);
}
