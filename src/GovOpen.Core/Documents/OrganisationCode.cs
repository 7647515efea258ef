namespace GovOpen.Core.Documents;

/// <summary>Check digits of Chinese organisation identifiers.</summary>
public static class OrganisationCode
{
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private const string UsccChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>GB 11714 组织机构代码: 8 characters + check character (digit or X), with or without the hyphen.</summary>
    public static bool IsValidOrganisationCode(string code)
    {
        var c = code.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (c.Length != 9)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var v = CharValue(c[i]);
            if (v < 0)
            {
                return false;
            }
            sum += v * OrgWeights[i];
        }
        var check = 11 - (sum % 11);
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return c[8] == expected;
    }

    /// <summary>GB 32100-2015 统一社会信用代码: 18 characters, the last a check character; embeds the 组织机构代码 at 9–17.</summary>
    public static bool IsValidUnifiedSocialCreditCode(string code)
    {
        var c = code.ToUpperInvariant();
        if (c.Length != 18)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = UsccChars.IndexOf(c[i]);
            if (v < 0)
            {
                return false;
            }
            sum += v * UsccWeights[i];
        }
        var check = (31 - (sum % 31)) % 31;
        return c[17] == UsccChars[check];
    }

    private static int CharValue(char ch) => ch switch
    {
        >= '0' and <= '9' => ch - '0',
        >= 'A' and <= 'Z' => ch - 'A' + 10,
        _ => -1,
    };
}
