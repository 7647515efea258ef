namespace GovOpen.Core.Requests;

/// <summary>
/// What an application must say about its applicant (条例 art. 29: 姓名或者名称、身份证明、联系方式), checked the same
/// way wherever an application comes in (the citizen form, a clerk's registration). Each problem names its field.
/// </summary>
public static class ApplicantRules
{
    /// <summary>Characters that hide or reorder text (bidi overrides, zero-width) and control characters other than line breaks and tabs.</summary>
    public static bool HasHiddenCharacters(string? value, bool multiline = false) => value is not null && value.Any(c =>
        (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' or '\u200B' or '\uFEFF');

    public static IReadOnlyList<Issue> Check(ApplicantType type, IdDocumentType? idType, string? idNumber, string? creditCode, string? contact)
    {
        var issues = new List<Issue>();
        if (!Enum.IsDefined(type))
        {
            issues.Add(Issue.Error("applicantType", "invalid", "申请人类型无效", "Invalid applicant type."));
            return issues;
        }
        if (type == ApplicantType.NaturalPerson)
        {
            if (idType is not { } t || !Enum.IsDefined(t))
            {
                issues.Add(Issue.Error("idType", "required", "请选择证件类型", "The identity document type is required."));
            }
            else if (string.IsNullOrWhiteSpace(idNumber))
            {
                issues.Add(Issue.Error("idNumber", "required", "证件号码不能为空", "The identity document number is required."));
            }
            else if (IdentityNumbers.DocumentNumberProblem(t, idNumber) is { } problem)
            {
                issues.Add(Issue.Error("idNumber", "format", $"{t.Name()}号码格式不正确：{problem}", $"The {t.Alias()} number is not valid."));
            }
        }
        else if (string.IsNullOrWhiteSpace(creditCode))
        {
            issues.Add(Issue.Error("creditCode", "required", "统一社会信用代码不能为空", "The unified social credit code is required."));
        }
        else if (!IdentityNumbers.IsCreditCode(creditCode.Trim()))
        {
            issues.Add(Issue.Error("creditCode", "format", "统一社会信用代码格式不正确：应为18位，末位校验码须正确", "The unified social credit code is not valid."));
        }
        if (!string.IsNullOrWhiteSpace(contact) && !IdentityNumbers.IsContact(contact))
        {
            issues.Add(Issue.Error("contact", "format", "联系方式应为手机号码、固定电话或电子邮箱", "The contact must be a mobile or fixed-line number or an e-mail address."));
        }
        return issues;
    }
}
