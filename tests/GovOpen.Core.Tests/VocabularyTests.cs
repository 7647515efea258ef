using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Validity;
using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Tests;

public sealed class VocabularyTests
{
    [Fact]
    public void Every_vocabulary_reads_back_what_it_writes()
    {
        Assert.NotEmpty(VocabularyCatalog.All);
        foreach (var v in VocabularyCatalog.All)
        {
            Assert.Matches("^[a-z][A-Za-z0-9-]*$", string.Join("", v.Terms.Select(t => t.Alias.Replace("-", ""))));
            Assert.Equal(v.Terms.Count(), v.Terms.Select(t => t.Alias).Distinct().Count());
        }
        foreach (var g in Enum.GetValues<DocumentGenre>())
        {
            Assert.True(DocumentGenres.TryParse(g.Alias(), out var a) && a == g);
            Assert.True(DocumentGenres.TryParse(g.Name(), out var n) && n == g);
        }
        Assert.True(ValidityNames.TryParse("全文废止", out var s) && s == ValidityState.Abolished);
        Assert.True(PolicyCategories.Vocabulary.TryParse("规范性文件", out var c) && c == PolicyCategory.Normative);
        Assert.False(FeeCategories.TryParse("乱收费", out _));
        Assert.True(InterpretationForms.TryParse(" QA ", out var f) && f == InterpretationForm.QA);
    }

    [Fact]
    public void A_table_that_misses_a_value_or_names_two_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new Vocabulary<FeeCategory>("x", "x", [new(FeeCategory.GovernmentFund, "fund", "政府性基金", "fund")]));
        Assert.Throws<InvalidOperationException>(() => new Vocabulary<PolicyCategory>("x", "x",
        [
            new(PolicyCategory.Other, "other", "其他", "Other"),
            new(PolicyCategory.Normative, "normative", "其他", "Normative"),
            new(PolicyCategory.Rule, "rule", "规章", "Rule"),
        ]));
    }

    [Theory]
    [InlineData(DocumentGenre.Circular, PolicyCategory.Other, true)]
    [InlineData(DocumentGenre.Minutes, PolicyCategory.Other, false)]
    [InlineData(DocumentGenre.Announcement, PolicyCategory.Rule, true)] // a 规章 always has its decree number
    [InlineData(DocumentGenre.Other, PolicyCategory.Normative, false)]
    public void Whether_a_number_is_required_comes_from_genre_and_category_flags(DocumentGenre genre, PolicyCategory category, bool required) =>
        Assert.Equal(required, new PolicyDocument { Id = "p", Title = "t", Genre = genre, Category = category }.RequiresDocumentNumber);

    [Fact]
    public void Disclosure_grounds_carry_their_article_and_art13_only_fits_on_request()
    {
        Assert.Equal(15, DisclosureGround.Art15ThirdParty.Article());
        Assert.Equal([DisclosureGround.Art13OutsideProactiveScope], DisclosureNames.Grounds.With(DisclosureNames.OnRequestOnly));
        Assert.Contains(new DisclosureDecision(DisclosureAttribute.NotDisclosed, DisclosureGround.Art13OutsideProactiveScope, "x").Validate(), i => i.Code == "ground-mismatch");
        Assert.DoesNotContain(new DisclosureDecision(DisclosureAttribute.OnRequest, DisclosureGround.Art13OutsideProactiveScope, "x").Validate(), i => i.Code == "ground-mismatch");
    }
}
