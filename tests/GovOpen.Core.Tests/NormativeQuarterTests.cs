using GovOpen.Core.Documents;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public class NormativeQuarterTests
{
    private static PolicyDocument Normative(DateOnly? published, PolicyCategory category = PolicyCategory.Normative) =>
        PolicyDocumentTests.Valid() with { Category = category, PublishedDate = published };

    [Theory]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2026-03-31", "2026-01-01")]
    [InlineData("2026-04-01", "2026-04-01")]
    [InlineData("2026-08-15", "2026-07-01")]
    [InlineData("2026-11-23", "2026-10-01")]
    [InlineData("2026-12-31", "2026-10-01")]
    public void A_quarter_starts_on_the_first_of_january_april_july_or_october(string day, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), NormativeQuarter.StartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Only_normative_documents_published_from_the_quarter_start_to_today_count()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.True(NormativeQuarter.IsPublishedThisQuarter(Normative(new DateOnly(2026, 10, 1)), today));
        Assert.True(NormativeQuarter.IsPublishedThisQuarter(Normative(today), today));
        Assert.False(NormativeQuarter.IsPublishedThisQuarter(Normative(new DateOnly(2026, 9, 30)), today)); // last quarter
        Assert.False(NormativeQuarter.IsPublishedThisQuarter(Normative(new DateOnly(2026, 11, 24)), today)); // not yet published
        Assert.False(NormativeQuarter.IsPublishedThisQuarter(Normative(null), today));
        Assert.False(NormativeQuarter.IsPublishedThisQuarter(Normative(new DateOnly(2026, 11, 2), PolicyCategory.Other), today));
    }
}
