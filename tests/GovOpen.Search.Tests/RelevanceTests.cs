namespace GovOpen.Search.Tests;

/// <summary>Ranking the way citizens expect: the document in force first, exact titles first, phrases across punctuation, either script.</summary>
public sealed class RelevanceTests
{
    private static SearchDocument Doc(string id, string title, string body, string? validity = "现行有效", DateOnly? published = null, params string[] issuers) => new()
    {
        Id = id, ContentType = SearchContentTypes.Policy, Title = title, Body = body, Validity = validity,
        PublishedDate = published ?? new DateOnly(2024, 1, 1), Issuers = issuers,
    };

    [Fact]
    public void For_comparable_relevance_the_document_in_force_comes_before_the_abolished_one()
    {
        using var index = Corpus.Open(docs:
        [
            // The abolished notice says 最低工资 more often: on text alone it would win.
            Doc("old", "示例市关于调整最低工资标准的通知", "最低工资标准调整。最低工资适用于全市。最低工资按月发放。", "已废止", new DateOnly(2022, 3, 1)),
            Doc("new", "示例市关于调整最低工资标准的通知", "自2026年1月1日起调整最低工资标准。", "现行有效", new DateOnly(2026, 1, 1)),
            Doc("revised", "示例市最低工资规定", "最低工资标准由市人民政府公布。最低工资每两年调整。", "已修订", new DateOnly(2023, 1, 1)),
        ]);
        var ids = index.Search(new SearchQuery { Text = "最低工资" }).Hits.Select(h => h.Id).ToList();
        Assert.Equal("new", ids[0]);
        Assert.Contains("old", ids); // still found, only ranked lower
        Assert.True(ids.IndexOf("revised") < ids.IndexOf("old"));
        // Filtering by validity still shows exactly what is asked for.
        Assert.Equal(["old"], index.Search(new SearchQuery { Text = "最低工资", Filters = new Dictionary<string, IReadOnlyList<string>> { ["validity"] = ["已废止"] } }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Equal_relevance_is_broken_by_recency()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("a2019", "示例市关于做好防汛工作的通知", "做好防汛工作。", published: new DateOnly(2019, 6, 1)),
            Doc("a2025", "示例市关于做好防汛工作的通知", "做好防汛工作。", published: new DateOnly(2025, 6, 1)),
        ]);
        Assert.Equal(["a2025", "a2019"], index.Search(new SearchQuery { Text = "防汛工作" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_query_that_is_a_whole_title_puts_that_document_first_however_it_is_punctuated()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("cites", "示例市关于转发若干文件的通知", string.Concat(Enumerable.Repeat("关于加强政务公开工作的通知。", 8))),
            Doc("title", "示例市人民政府关于加强政务公开工作的通知", "各区人民政府：现就加强政务公开工作通知如下。"),
        ]);
        Assert.Equal("title", index.Search(new SearchQuery { Text = "《示例市人民政府关于加强政务公开工作的通知》" }).Hits[0].Id);
        Assert.Equal("title", index.Search(new SearchQuery { Text = "示例市人民政府关于加强政务公开工作的通知" }).Hits[0].Id);
    }

    [Fact]
    public void A_phrase_matches_across_punctuation_and_spacing_in_the_text_and_is_highlighted()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("port", "示例市关于新港片区规划的批复", "同意建设示例新港（物流）工业园区，面积约三平方公里。"),
            Doc("spaced", "关 于 进 一 步 加 强 安 全 生 产 的 通 知", "各单位："),
            Doc("other", "示例市物流业发展规划", "发展现代物流。工业园区另行规划。"),
        ]);
        var hits = index.Search(new SearchQuery { Text = "物流工业园区" }).Hits;
        Assert.Equal("port", hits[0].Id);
        Assert.Contains("<mark>物流）工业园区</mark>", hits[0].Snippet);
        Assert.Equal("spaced", Assert.Single(index.Search(new SearchQuery { Text = "加强安全生产" }).Hits).Id);
        // Bridging joins only Han characters next to each other across punctuation; 物流 and 工业园区 two sentences apart do not make a phrase.
        Assert.DoesNotContain(hits, h => h.Id == "other");
    }

    [Fact]
    public void Traditional_characters_find_simplified_text_and_the_other_way_round()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("simplified", "国务院办公厅关于印发政务公开工作要点的通知", "各省、自治区、直辖市人民政府。"),
            Doc("traditional", "示例市關於推進數據開放的實施意見", "推進政務數據開放。"),
        ]);
        var hit = Assert.Single(index.Search(new SearchQuery { Text = "國務院辦公廳" }).Hits);
        Assert.Equal("simplified", hit.Id);
        Assert.Contains("<mark>", hit.TitleHtml);
        Assert.Equal("traditional", Assert.Single(index.Search(new SearchQuery { Text = "数据开放" }).Hits).Id);
    }

    [Theory]
    [InlineData("國辦發〔2018〕37號")]
    [InlineData("国办发﹙2018﹚37号")]
    [InlineData("中華人民共和國國務院令第707號")]
    [InlineData("国务院令（第707号）")]
    public void A_document_number_in_traditional_characters_or_odd_brackets_finds_the_document_exactly(string query)
    {
        using var index = Corpus.Open(docs:
        [
            Doc("notice", "国务院办公厅关于示例工作的通知", "各省人民政府。") with { DocumentNumber = "国办发〔2018〕37号" },
            Doc("decree", "示例条例", "现公布《示例条例》。") with { DocumentNumber = "中华人民共和国国务院令第707号" },
        ]);
        var r = index.Search(new SearchQuery { Text = query });
        Assert.True(r.Hits[0].IsExactDocumentNumber);
        Assert.Equal(query.Contains('令') ? "decree" : "notice", r.Hits[0].Id);
    }

    [Theory]
    [InlineData("二〇一二年二月", "dated")]
    [InlineData("二○一二年二月", "dated")]
    [InlineData("个人帐户", "account")]
    [InlineData("个人账户", "account")]
    public void Variant_forms_government_text_mixes_in_find_each_other(string query, string id)
    {
        using var index = Corpus.Open(docs:
        [
            Doc("dated", "示例市人民政府关于公布最低工资标准的通知", "本通知自二○一二年二月二十九日起执行。"),
            Doc("account", "示例市住房公积金个人账户管理办法", "个人帐户的设立和转移。"),
        ]);
        var r = index.Search(new SearchQuery { Text = query });
        Assert.False(r.Partial);
        Assert.Equal(id, Assert.Single(r.Hits).Id);
    }

    [Fact]
    public void Traditional_characters_beyond_the_government_list_fold_too()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("fund", "示例市住房公积金缴存管理办法", "职工住房公积金月缴存额为职工本人上月工资乘以缴存比例。"),
            Doc("pension", "示例市養老保險待遇領取年齡的說明", "達到法定退休年齡。"),
        ]);
        Assert.Equal("fund", Assert.Single(index.Search(new SearchQuery { Text = "住房公積金繳存" }).Hits).Id);
        Assert.Equal("pension", Assert.Single(index.Search(new SearchQuery { Text = "领取年龄" }).Hits).Id);
    }

    [Fact]
    public void The_issuer_facet_lists_organs_not_signatories_or_companies()
    {
        using var index = Corpus.Open(docs:
        [
            Doc("decree", "示例市人民政府令", "现公布。", issuers: ["示例市人民政府", "市长"]),
            Doc("reply", "关于供水问题的答复", "答复如下。", issuers: ["示例市发展和改革委员会", "市发展改革委主任", "示例市自来水有限公司"]),
        ]);
        var issuers = index.Search(new SearchQuery { Text = "" }).Facets["issuer"].Select(f => f.Value).ToList();
        Assert.Equal(["示例市人民政府", "示例市发展和改革委员会"], issuers.OrderBy(x => x.Length).ToList());
    }
}
