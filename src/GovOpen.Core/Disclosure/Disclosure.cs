namespace GovOpen.Core.Disclosure;

/// <summary>公开属性 (国办发〔2016〕80号: decided when the document is drafted).</summary>
public enum DisclosureAttribute
{
    /// <summary>主动公开 — published proactively (条例 art. 5: the default).</summary>
    Proactive,
    /// <summary>依申请公开 — disclosed only in answer to a request (art. 13, 27).</summary>
    OnRequest,
    /// <summary>不予公开 — withheld on an art. 14/15/16 ground.</summary>
    NotDisclosed,
}

/// <summary>Legal grounds for not publishing proactively (条例 arts. 13–16; domain.md §1.1).</summary>
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

/// <summary>Names, aliases and articles of the disclosure values.</summary>
public static class DisclosureNames
{
    public static string Name(this DisclosureAttribute a) => a switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        _ => "不予公开",
    };

    public static string Alias(this DisclosureAttribute a) => a switch
    {
        DisclosureAttribute.Proactive => "proactive",
        DisclosureAttribute.OnRequest => "onRequest",
        _ => "notDisclosed",
    };

    public static bool TryParseAttribute(string? value, out DisclosureAttribute attribute)
    {
        attribute = DisclosureAttribute.Proactive;
        foreach (var a in Enum.GetValues<DisclosureAttribute>())
        {
            if (value?.Trim() is { } v && (v == a.Name() || string.Equals(v, a.Alias(), StringComparison.OrdinalIgnoreCase)))
            {
                attribute = a;
                return true;
            }
        }
        return false;
    }

    public static string Name(this DisclosureGround g) => g switch
    {
        DisclosureGround.Art13OutsideProactiveScope => "不属于主动公开范围（《政府信息公开条例》第十三条、第十九条、第二十条）",
        DisclosureGround.Art14StateSecret => "属于国家秘密（第十四条）",
        DisclosureGround.Art14ProhibitedByLaw => "法律、行政法规禁止公开（第十四条）",
        DisclosureGround.Art14Security => "危及“三安全一稳定”（第十四条）",
        DisclosureGround.Art15ThirdParty => "涉及商业秘密、个人隐私等第三方合法权益（第十五条）",
        DisclosureGround.Art16InternalAffairs => "属于人事管理、后勤管理、内部工作流程等内部事务信息（第十六条第一款）",
        DisclosureGround.Art16ProcessInformation => "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息（第十六条第二款）",
        _ => "属于行政执法案卷信息（第十六条第二款）",
    };

    /// <summary>The article of the 条例 the ground rests on.</summary>
    public static int Article(this DisclosureGround g) => g switch
    {
        DisclosureGround.Art13OutsideProactiveScope => 13,
        DisclosureGround.Art14StateSecret or DisclosureGround.Art14ProhibitedByLaw or DisclosureGround.Art14Security => 14,
        DisclosureGround.Art15ThirdParty => 15,
        _ => 16,
    };

    public static string Alias(this DisclosureGround g) => g switch
    {
        DisclosureGround.Art13OutsideProactiveScope => "art13",
        DisclosureGround.Art14StateSecret => "art14-secret",
        DisclosureGround.Art14ProhibitedByLaw => "art14-law",
        DisclosureGround.Art14Security => "art14-security",
        DisclosureGround.Art15ThirdParty => "art15-third-party",
        DisclosureGround.Art16InternalAffairs => "art16-internal",
        DisclosureGround.Art16ProcessInformation => "art16-process",
        _ => "art16-enforcement",
    };

    public static bool TryParseGround(string? value, out DisclosureGround ground)
    {
        ground = default;
        foreach (var g in Enum.GetValues<DisclosureGround>())
        {
            if (value?.Trim() is { } v && (string.Equals(v, g.Alias(), StringComparison.OrdinalIgnoreCase) || v == g.Name()))
            {
                ground = g;
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// The disclosure decision recorded on a document: the attribute, and for anything other than 主动公开 the
/// legal ground, an explanation and the date of the next re-assessment (art. 18).
/// </summary>
public sealed record DisclosureDecision(
    DisclosureAttribute Attribute,
    DisclosureGround? Ground = null,
    string? Reason = null,
    DateOnly? ReviewDate = null)
{
    public const string Field = "disclosure";

    public static DisclosureDecision Proactive { get; } = new(DisclosureAttribute.Proactive);

    /// <summary>Checks the decision (80号: reasons are required for non-disclosure).</summary>
    public IReadOnlyList<Issue> Validate()
    {
        var issues = new List<Issue>();
        if (Attribute == DisclosureAttribute.Proactive)
        {
            if (Ground is not null)
            {
                issues.Add(Issue.Warn(Field, "ground-ignored", "主动公开的文件无需填写不公开依据，已忽略", "A proactively disclosed document needs no ground; ignored."));
            }
            return issues;
        }
        if (Ground is null)
        {
            issues.Add(Issue.Error(Field, "ground-required", $"公开属性为“{Attribute.Name()}”时必须选择法律依据（《政府信息公开条例》第十四、十五、十六条）", $"A legal ground is required when the attribute is {Attribute.Alias()}."));
        }
        else if (Attribute == DisclosureAttribute.NotDisclosed && Ground == DisclosureGround.Art13OutsideProactiveScope)
        {
            issues.Add(Issue.Error(Field, "ground-mismatch", "不予公开须依据第十四、十五或十六条，“不属于主动公开范围”只适用于依申请公开", "Non-disclosure needs an art. 14, 15 or 16 ground; art. 13 only fits on-request disclosure."));
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            issues.Add(Issue.Error(Field, "reason-required", $"公开属性为“{Attribute.Name()}”时必须说明理由", $"A reason is required when the attribute is {Attribute.Alias()}."));
        }
        return issues;
    }
}

/// <summary>Anything that might be shown on a public surface (page, list, feed, sitemap, search, API).</summary>
public interface IPublicationCandidate
{
    DisclosureDecision Disclosure { get; }

    /// <summary>When it was (or will be) published; null for a draft.</summary>
    DateOnly? PublishedDate { get; }
}

/// <summary>
/// The single gate every public surface calls: may this item appear publicly on this day?
/// Only 主动公开 items with a valid decision whose publication date has come pass. 依申请公开 and 不予公开
/// never do.
/// </summary>
public static class PublicSurface
{
    public static bool MayAppear(IPublicationCandidate item, DateOnly today) =>
        item.Disclosure.Attribute == DisclosureAttribute.Proactive
        && item.PublishedDate is { } published
        && published <= today;

    /// <summary>Same rule, for callers that hold only the raw values (e.g. an index reading stored fields).</summary>
    public static bool MayAppear(DisclosureAttribute attribute, DateOnly? publishedDate, DateOnly today) =>
        attribute == DisclosureAttribute.Proactive && publishedDate is { } p && p <= today;
}
