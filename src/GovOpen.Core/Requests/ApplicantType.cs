using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Requests;

/// <summary>Applicant columns of annual-report table 3 (国办公开办函〔2021〕30号).</summary>
public enum ApplicantType
{
    NaturalPerson,   // 自然人
    Commercial,      // 商业企业
    Research,        // 科研机构
    PublicInterest,  // 社会公益组织
    LegalService,    // 法律服务机构
    Other,           // 其他
}

/// <summary>The vocabulary of 申请人类型 (the columns of annual-report table 3).</summary>
public static class ApplicantTypes
{
    public static Vocabulary<ApplicantType> Vocabulary { get; } = new("applicantType", "applicantType",
    [
        new(ApplicantType.NaturalPerson, "naturalPerson", "自然人", "Natural person") { Synonyms = ["公民", "个人"] },
        new(ApplicantType.Commercial, "commercial", "商业企业", "Commercial enterprise") { Synonyms = ["企业"] },
        new(ApplicantType.Research, "research", "科研机构", "Research institution"),
        new(ApplicantType.PublicInterest, "publicInterest", "社会公益组织", "Public-interest organisation"),
        new(ApplicantType.LegalService, "legalService", "法律服务机构", "Legal service organisation"),
        new(ApplicantType.Other, "other", "其他", "Other organisation") { Synonyms = ["其他组织"] },
    ]);

    public static string Name(this ApplicantType t) => Vocabulary.Name(t);

    public static string Alias(this ApplicantType t) => Vocabulary.Alias(t);

    /// <summary>Parses an alias, a Chinese name or a synonym; numbers and unknown text are not applicant types.</summary>
    public static bool TryParse(string? value, out ApplicantType type) => Vocabulary.TryParse(value, out type);
}
