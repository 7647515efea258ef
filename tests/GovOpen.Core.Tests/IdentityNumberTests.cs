using CsCheck;
using GovOpen.Core.Requests;

namespace GovOpen.Core.Tests;

public sealed class IdentityNumberTests
{
    private static readonly int[] W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string WithCheck(string first17) => first17 + "10X98765432"[first17.Select((c, i) => (c - '0') * W[i]).Sum() % 11];

    [Theory]
    [InlineData("11010519491231002X", true)]   // the example of GB 11643-1999
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)]  // wrong check character
    [InlineData("110105194902300027", false)]  // 30 February
    [InlineData("11010518991231002X", false)]  // before 1900
    [InlineData("1101051949123100", false)]
    [InlineData("11010519491231002Ｘ", false)]
    public void Resident_id_numbers_follow_gb_11643(string value, bool valid) => Assert.Equal(valid, IdentityNumbers.IsResidentId(value));

    [Fact]
    public void Any_single_digit_changed_breaks_the_check()
    {
        Gen.Select(Gen.Int[0, 999999], Gen.Date[new DateTime(1920, 1, 1), new DateTime(2020, 12, 31)], Gen.Int[0, 999], Gen.Int[0, 16], Gen.Int[1, 9])
            .Sample((region, birth, seq, pos, delta) =>
            {
                var id = WithCheck($"{region:D6}{birth:yyyyMMdd}{seq:D3}");
                Assert.True(IdentityNumbers.IsResidentId(id), id);
                var chars = id.ToCharArray();
                chars[pos] = (char)('0' + ((chars[pos] - '0' + delta) % 10));
                var changed = new string(chars);
                Assert.False(IdentityNumbers.IsResidentId(changed), changed); // MOD 11-2 catches every single-digit error
            }, iter: 500);
    }

    [Theory]
    [InlineData("91000000MA0000000N", true)]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91000000MA0000000X", false)]
    [InlineData("91000000MA000000ON", false)] // O is not in the alphabet
    [InlineData("!!!", false)]
    public void Credit_codes_follow_gb_32100(string value, bool valid) => Assert.Equal(valid, IdentityNumbers.IsCreditCode(value));

    [Theory]
    [InlineData("13800000000", true)]
    [InlineData("+8613800000000", true)]
    [InlineData("138 0000 0000", true)]
    [InlineData("010-62345678", true)]
    [InlineData("0571-87654321-123", true)]
    [InlineData("62345678", true)]
    [InlineData("someone@example.gov.cn", true)]
    [InlineData("12800000000", false)]
    [InlineData("x", false)]
    [InlineData("000-0000000", false)]
    [InlineData("a@b", false)]
    public void Contacts_are_phone_numbers_or_email_addresses(string value, bool valid) => Assert.Equal(valid, IdentityNumbers.IsContact(value));
}
