using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Tests;

public sealed class DocumentNumberIdentityTests
{
    [Theory]
    [InlineData("国令第707号")]
    [InlineData("国务院令第707号")]
    [InlineData("中华人民共和国国务院令第707号")]
    [InlineData("中华人民共和国国务院令 第707號")]
    [InlineData("中華人民共和國國務院令第707號")] // traditional characters throughout
    [InlineData("國務院令第707號")]
    [InlineData("国务院令（第707号）")]           // the number in brackets, as some citations write it
    public void Every_written_form_of_a_State_Council_decree_is_one_identity(string written) =>
        Assert.Equal("国务院令第707号", DocumentNumber.Parse(written).CanonicalKey);

    [Fact]
    public void A_date_written_right_before_a_decree_number_is_not_its_agency()
    {
        var found = DocumentNumberParser.FindAll("《中华人民共和国政府信息公开条例》（2019年4月3日国务院令第711号修订）");
        Assert.Equal(["国务院令第711号"], found.Select(f => f.Number.Normalized));
        Assert.Equal(["国发〔2018〕71号"], DocumentNumberParser.FindDistinct("按照国发〔2018〕71号文件要求"));
    }

    [Fact]
    public void A_public_policy_is_found_by_any_form_of_its_number()
    {
        var item = new ContentItem
        {
            Id = "p", ContentType = ContentTypes.PolicyDocument, Name = "政府信息公开条例",
            Properties = new JsonObject { ["documentNumber"] = "中华人民共和国国务院令第711号", ["publishedDate"] = "2019-04-15" },
        };
        var surface = PublicSurface.Of(ContentSet.From(new PackageManifest(), [item]), new DateOnly(2026, 1, 1));
        Assert.Equal("p", surface.PolicyWithNumber("国令第711号")?.Id);
        Assert.Equal("p", surface.PolicyWithNumber("国务院令第711号")?.Id);
        Assert.Null(surface.PolicyWithNumber("国务院令第712号"));
    }

    [Fact]
    public void A_number_written_in_traditional_characters_is_the_same_document()
    {
        var traditional = DocumentNumber.Parse("國辦發〔2018〕37號");
        Assert.Equal("國辦發〔2018〕37号", traditional.Normalized); // kept as written
        Assert.Equal(DocumentNumber.Parse("国办发〔2018〕37号").CanonicalKey, traditional.CanonicalKey);
        Assert.Equal("国办发〔2018〕37号", traditional.CanonicalKey);
    }
}
