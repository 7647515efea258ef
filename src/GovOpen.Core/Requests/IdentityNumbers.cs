using System.Globalization;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Requests;

/// <summary>
/// The checks of the national identity numbers: 公民身份号码 (GB 11643-1999, ISO 7064 MOD 11-2 check character) and
/// 统一社会信用代码 (GB 32100-2015, MOD 31 check character, through <see cref="Documents.OrganisationCode"/>). Used on the application form and by the personal-information
/// check before publishing.
/// </summary>
public static partial class IdentityNumbers
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheck = "10X98765432";

    /// <summary>An 18-character 公民身份号码 with a real birth date and the right check character (x or X).</summary>
    public static bool IsResidentId(string? value)
    {
        if (value is not { Length: 18 } || value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * IdWeights[i];
        }
        return char.ToUpperInvariant(value[17]) == IdCheck[sum % 11];
    }

    /// <summary>An 18-character 统一社会信用代码 with the right check character (Core's <see cref="Documents.OrganisationCode"/>).</summary>
    public static bool IsCreditCode(string? value) => value is not null && Documents.OrganisationCode.IsValidUnifiedSocialCreditCode(value);

    /// <summary>A mainland mobile number (11 digits from 13–19), optionally with +86.</summary>
    public static bool IsMobile(string? value) => value is not null && Mobile().IsMatch(Compact(value));

    /// <summary>A fixed-line number with or without 区号 and extension (010-12345678, 0571 8765 4321-123).</summary>
    public static bool IsLandline(string? value) => value is not null && Landline().IsMatch(value.Trim().Replace(" ", "", StringComparison.Ordinal));

    public static bool IsEmail(string? value) => value is not null && Email().IsMatch(value.Trim());

    /// <summary>How an applicant can be reached: a mobile or fixed-line number, or an e-mail address.</summary>
    public static bool IsContact(string? value) => IsMobile(value) || IsLandline(value) || IsEmail(value);

    /// <summary>The number of a document of a type, by its published format; null when it is acceptable.</summary>
    public static string? DocumentNumberProblem(IdDocumentType type, string value)
    {
        var v = value.Trim();
        return type switch
        {
            IdDocumentType.ResidentIdCard or IdDocumentType.ResidencePermit when !IsResidentId(v) => "应为18位号码，出生日期和末位校验码须正确",
            IdDocumentType.Passport when !Passport().IsMatch(v) => "应为5至20位字母或数字",
            IdDocumentType.HongKongMacaoPermit when !HkMacao().IsMatch(v) => "应为H或M开头加8至10位数字",
            IdDocumentType.TaiwanPermit when !Taiwan().IsMatch(v) => "应为8至10位数字（可带字母）",
            IdDocumentType.ForeignPermanentResidence when !Foreign().IsMatch(v) => "应为15位或18位号码",
            IdDocumentType.Other when v.Length is < 4 or > 30 || v.Any(char.IsControl) => "应为4至30个字符",
            _ => null,
        };
    }

    private static string Compact(string s) => s.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(\+?86)?1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^(\(?0\d{2,3}\)?-?)?[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^[A-Za-z0-9]{5,20}$")]
    private static partial Regex Passport();

    [GeneratedRegex(@"^[HMhm]\d{8,10}$")]
    private static partial Regex HkMacao();

    [GeneratedRegex(@"^[A-Za-z0-9]{8,10}$")]
    private static partial Regex Taiwan();

    [GeneratedRegex(@"^[A-Za-z0-9]{15}$|^[A-Za-z0-9]{18}$")]
    private static partial Regex Foreign();
}
