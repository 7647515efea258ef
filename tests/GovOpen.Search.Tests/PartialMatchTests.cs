namespace GovOpen.Search.Tests;

/// <summary>
/// When nothing matches the whole query, the documents holding most of its character pairs, said so — a title typed
/// from memory, a variant character or a word too many must not end in "no results".
/// </summary>
public sealed class PartialMatchTests
{
    private static SearchDocument Doc(string id, string title, string body, string type = SearchContentTypes.Policy) => new()
    {
        Id = id, ContentType = type, Title = title, Body = body, Validity = "现行有效", PublishedDate = new DateOnly(2025, 1, 1),
    };

    private static GovSearchIndex Open() => Corpus.Open(docs:
    [
        Doc("account", "示例市住房公积金个人账户管理办法", "第一条 为规范住房公积金个人账户管理，制定本办法。"),
        Doc("wage", "示例市人民政府关于调整最低工资标准的通知", "自2026年1月1日起调整全市最低工资标准。"),
        Doc("flood", "示例市关于做好防汛工作的通知", "各区要做好防汛值班工作。"),
        Doc("wage-news", "示例市召开工资集体协商推进会", "会议部署工资集体协商工作。", SearchContentTypes.Meeting),
    ]);

    [Theory]
    [InlineData("示例市住房公积金个人帐号管理办法", "account")] // 帐号 for 账户: one character misremembered
    [InlineData("最低工资标准调整通知", "wage")]               // words in another order, 的 and the agency left out
    [InlineData("示例市关于做好防汛工作有关事项的通知", "flood")] // a title typed from memory, four characters too many
    public void Nothing_matches_the_whole_query_so_the_document_holding_most_of_it_is_found_and_the_page_says_so(string query, string id)
    {
        using var index = Open();
        var r = index.Search(new SearchQuery { Text = query });
        Assert.True(r.Partial);
        Assert.Equal(id, r.Hits[0].Id);
        var w = Assert.Single(r.Warnings, w => w.Code == "partial-match");
        Assert.StartsWith("没有找到与检索词完全匹配的结果", w.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(query, w.Message, StringComparison.Ordinal); // the page echoes the query once, not in the warning
        Assert.Contains("<mark>", r.Hits[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_that_matches_as_a_whole_gets_no_partial_matches_beside_it()
    {
        using var index = Open();
        var r = index.Search(new SearchQuery { Text = "最低工资标准" });
        Assert.False(r.Partial);
        Assert.Equal(["wage"], r.Hits.Select(h => h.Id));
        Assert.DoesNotContain(r.Warnings, w => w.Code == "partial-match");
    }

    [Theory]
    [InlineData("公积帐")]            // three characters: two pairs, too few to match partly
    [InlineData("工资最低")]          // four characters: three pairs, all of which would be needed
    [InlineData("示府发〔2031〕99号")] // a 文号 that is not there is not there
    [InlineData("完全不相干的检索词语")] // pairs held by no document
    public void Short_queries_document_numbers_and_unrelated_text_still_find_nothing(string query)
    {
        using var index = Open();
        var r = index.Search(new SearchQuery { Text = query });
        Assert.Equal(0, r.Total);
        Assert.False(r.Partial);
        Assert.DoesNotContain(r.Warnings, w => w.Code == "partial-match");
    }

    [Fact]
    public void Filters_and_the_title_scope_hold_for_partial_matches()
    {
        using var index = Open();
        var meetings = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [SearchContentTypes.Meeting] };
        var r = index.Search(new SearchQuery { Text = "示例市住房公积金个人帐号管理办法", Filters = meetings });
        Assert.Equal(0, r.Total); // the only partial match is a policy
        Assert.False(r.Partial);
        // In the title scope a query whose pairs stand only in a body finds nothing.
        var body = index.Search(new SearchQuery { Text = "防汛值班工作安排", TitleOnly = true });
        Assert.Equal(0, body.Total);
        Assert.True(index.Search(new SearchQuery { Text = "防汛值班工作安排" }).Partial);
    }

    [Fact]
    public void The_document_whose_title_matches_best_comes_before_one_that_repeats_the_words_more()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("interp", "《示例市公共数据开放暂行办法》解读", string.Concat(Enumerable.Repeat("示例市公共数据开放暂行办法明确了开放范围。", 6)), SearchContentTypes.Interpretation),
            Doc("policy", "示例市公共数据开放暂行办法", "第一条 为促进公共数据开放，制定本办法。"),
            Doc("body-only", "示例市数据工作简报", "公共数据开放暂行办法管理示例市公共数据开放工作。"),
        ]);
        var r = index.Search(new SearchQuery { Text = "示例市公共数据开放管理暂行办法" });
        Assert.True(r.Partial);
        Assert.Equal(["policy", "interp", "body-only"], r.Hits.Select(h => h.Id));
        // Sorted by date, the order is the date's.
        Assert.True(index.Search(new SearchQuery { Text = "示例市公共数据开放管理暂行办法", Sort = SearchSort.DateDescending }).Partial);
    }
}
