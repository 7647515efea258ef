using GovOpen.Core.Documents;

namespace GovOpen.Core.Tests;

public class IndexNumberTests
{
    private static readonly DateOnly Jan15 = new(2017, 1, 15);

    [Theory]
    [InlineData("{org}/{yyyy}-{seq:5}", "000014349", 110, "000014349/2017-00110")]
    [InlineData("{org}/{yyyy}-{seq:5}", "11620622013933539B", 3844, "11620622013933539B/2017-03844")]
    [InlineData("{org}/{yyyy}{MM}-{seq:5}", "11341702486344515H", 13, "11341702486344515H/201701-00013")]
    [InlineData("{org}/{yyyy}-{seq:6}", "6107280000", 1005, "6107280000/2017-001005")]
    [InlineData("{yyyy}{MM}{dd}-{seq:6}", "", 189769, "20170115-189769")]
    public void Generates_per_agency_patterns(string template, string org, int seq, string expected)
    {
        var scheme = new IndexNumberScheme(template, org);
        var value = scheme.Generate(Jan15, seq);
        Assert.Equal(expected, value);
        var parsed = scheme.Validate(value);
        Assert.True(parsed.IsValid, parsed.Error?.ToString());
        Assert.Equal(seq, parsed.Value!.Sequence);
    }

    [Fact]
    public void Next_continues_the_series_of_the_year()
    {
        var scheme = new IndexNumberScheme(IndexNumberScheme.GovCnTemplate, "000014349");
        string[] existing = ["000014349/2017-00110", "000014349/2017-00007", "000014349/2016-00500", "garbage"];
        Assert.Equal("000014349/2017-00111", scheme.Next(Jan15, existing));
        Assert.Equal("000014349/2018-00001", scheme.Next(new DateOnly(2018, 3, 1), existing));
    }

    [Theory]
    [InlineData("000014349/2017-110", "pattern")]
    [InlineData("000014348/2017-00110", "pattern")]
    [InlineData("000014349-2017-00110", "pattern")]
    [InlineData("000014349/2017-00000", "sequence-zero")]
    [InlineData("", "empty")]
    public void Rejects_numbers_that_do_not_fit(string value, string code)
    {
        var r = new IndexNumberScheme(IndexNumberScheme.GovCnTemplate, "000014349").Validate(value);
        Assert.False(r.IsValid);
        Assert.Equal(code, r.Error!.Code);
        Assert.Equal("indexNumber", r.Error.Field);
    }

    [Fact]
    public void Rejects_an_impossible_date_inside_the_number() =>
        Assert.Equal("date", new IndexNumberScheme("{yyyy}{MM}{dd}-{seq:3}", "").Validate("20230230-001").Error!.Code);

    [Theory]
    [InlineData("{org}/{yyyy}", "no-sequence")]
    [InlineData("{org}/{year}-{seq:5}", "invalid")]
    [InlineData("{org/{seq:5}", "invalid")]
    [InlineData("{org}/{seq:0}", "invalid")]
    [InlineData("", "empty")]
    public void Rejects_bad_templates(string template, string code) =>
        Assert.Equal(code, Assert.Throws<GovOpenException>(() => new IndexNumberScheme(template, "000014349")).Issue.Code);

    [Fact]
    public void Requires_an_org_code_when_the_template_uses_it() =>
        Assert.Equal("organisationCode", Assert.Throws<GovOpenException>(() => new IndexNumberScheme("{org}/{seq:4}", " ")).Issue.Field);

    [Fact]
    public void Sequence_must_fit_the_width() =>
        Assert.Throws<GovOpenException>(() => new IndexNumberScheme("{org}/{yyyy}-{seq:2}", "000014349").Generate(Jan15, 100));

    [Theory]
    [InlineData("000014349", true)]  // 国务院办公厅 (gov.cn)
    [InlineData("00001434-9", true)]
    [InlineData("000014348", false)]
    [InlineData("0001434", false)]
    public void Checks_organisation_codes(string code, bool valid) => Assert.Equal(valid, OrganisationCode.IsValidOrganisationCode(code));

    [Fact]
    public void Checks_unified_social_credit_codes()
    {
        // Built here: 1 (机构编制) 1 (机关) 110000 (北京) + organisation code 000014349 + check character.
        const string body = "11110000000014349";
        var valid = Enumerable.Range(0, 31).Select(i => body + "0123456789ABCDEFGHJKLMNPQRTUWXY"[i]).Where(OrganisationCode.IsValidUnifiedSocialCreditCode).ToList();
        Assert.Single(valid);
        Assert.False(OrganisationCode.IsValidUnifiedSocialCreditCode(body + "I"));
        Assert.False(OrganisationCode.IsValidUnifiedSocialCreditCode("123"));
    }
}
