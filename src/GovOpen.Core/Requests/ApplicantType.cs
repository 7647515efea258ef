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
