namespace GovOpen.Search.Tests;

public sealed class DocumentNumberIdentitySearchTests
{
    [Theory]
    [InlineData("国务院令第711号")]
    [InlineData("国令第711号")]
    [InlineData("中华人民共和国国务院令第711号")]
    public void A_decree_is_found_exactly_by_every_written_form_of_its_number(string query)
    {
        var decree = new SearchDocument
        {
            Id = "regulation", ContentType = SearchContentTypes.Policy, Title = "中华人民共和国政府信息公开条例",
            DocumentNumber = "中华人民共和国国务院令第711号", Body = "第一条 为了保障公民、法人和其他组织依法获取政府信息……",
            PublishedDate = new DateOnly(2019, 4, 15),
        };
        using var index = Corpus.Open(docs: [decree]);
        var hit = Assert.Single(index.Search(new SearchQuery { Text = query }).Hits);
        Assert.Equal("regulation", hit.Id);
        Assert.True(hit.IsExactDocumentNumber);
        Assert.Equal("中华人民共和国国务院令第711号", hit.DocumentNumber); // shown as written
    }
}
