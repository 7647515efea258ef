using GovOpen.Core.Disclosure;

namespace GovOpen.Search.Tests;

public class AnalysisTests
{
    [Fact]
    public void Han_text_becomes_overlapping_bigrams_across_commas_and_brackets_but_not_across_sentences()
    {
        Assert.Equal(["政务", "务公", "公开", "开工", "工作"], Analyzers.Tokens(Analyzers.Bigram, "body", "政务公开，工作").Select(t => t.Term));
        Assert.Equal(["新港", "港物", "物流", "流工", "工业"], Analyzers.Tokens(Analyzers.Bigram, "body", "新港（物流）工业").Select(t => t.Term));
        Assert.Equal(["政务", "务公", "公开", "工作"], Analyzers.Tokens(Analyzers.Bigram, "body", "政务公开。工作").Select(t => t.Term));
        Assert.Equal(["公开", "工作"], Analyzers.Tokens(Analyzers.Bigram, "body", "公开\n工作").Select(t => t.Term));
    }

    [Fact]
    public void Width_is_folded_and_latin_lower_cased()
    {
        var tokens = Analyzers.Tokens(Analyzers.Bigram, "body", "ＰＭ２．５治理ＡＢＣ").Select(t => t.Term).ToList();
        Assert.Contains("pm2.5", tokens);
        Assert.Contains("治理", tokens);
        Assert.Contains("abc", tokens);
    }

    [Theory]
    [InlineData("政务公开工作要点（2026年）")]
    [InlineData("ＰＭ２．５治理 ABC Abc aBC 示例市GDP增长")]
    [InlineData("ΣΑΣ Straße İstanbul ÀÉÎ Ǆ ǅ ǆ Ⅻ ⅻ Ａｂｃ")]
    [InlineData("𠀀𠀁 𝐀𝐁 𐐀𐐁 Deseret 𐐨 and 中文混排English文本")]
    [InlineData("㐀㐁 乀乁 鿿 ｶﾀｶﾅ カタカナ 한국어 ÅNGSTRÖM")]
    [InlineData("personalInformationReason abcdefghijklmnopqrstuvwxyZ abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwX 示例")]
    public void The_fast_lower_case_filter_lowers_exactly_as_Lucene_does(string text)
    {
        // Reference: the same chains with Lucene's own LowerCaseFilter.
        Assert.Equal(Analyzers.Tokens(new ReferenceAnalyzer(bigrams: true), "body", text), Analyzers.Tokens(Analyzers.Bigram, "body", text));
        Assert.Equal(Analyzers.Tokens(new ReferenceAnalyzer(bigrams: false), "body", text), Analyzers.Tokens(Analyzers.Unigram, "body", text));
        Assert.Contains(Analyzers.Tokens(Analyzers.Bigram, "body", text), t => t.Term.Any(char.IsLetter));
    }

    private sealed class ReferenceAnalyzer(bool bigrams) : Lucene.Net.Analysis.Analyzer
    {

        protected override TextReader InitReader(string fieldName, TextReader reader) => SearchCharFilters.Wrap(reader);

        protected override Lucene.Net.Analysis.TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new Lucene.Net.Analysis.Standard.StandardTokenizer(BigramAnalyzer.Version, reader) { MaxTokenLength = 255 };
            Lucene.Net.Analysis.TokenStream ts = new Lucene.Net.Analysis.Cjk.CJKWidthFilter(tokenizer);
            ts = new Lucene.Net.Analysis.Core.LowerCaseFilter(BigramAnalyzer.Version, ts);
            if (bigrams)
            {
                ts = new Lucene.Net.Analysis.Cjk.CJKBigramFilter(ts);
            }
            return new Lucene.Net.Analysis.TokenStreamComponents(tokenizer, ts);
        }
    }

    [Fact]
    public void A_document_number_tokenizes_to_bigrams_and_numbers() =>
        Assert.Equal(["京政", "政办", "办发", "2017", "12", "号"], Analyzers.Tokens(Analyzers.Bigram, "body", "京政办发〔2017〕12号").Select(t => t.Term));
}

public class SearchBehaviourTests : IDisposable
{
    private readonly GovSearchIndex _index = Corpus.Open();

    public void Dispose() => _index.Dispose();

    private SearchResult Search(string? text, params string[] filters) => _index.Search(SearchQuery.From(text, filters));

    private List<string> Ids(string? text, params string[] filters) => Search(text, filters).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Phrase_semantics_for_multi_character_queries()
    {
        // p2 has 政务 and 公开 only apart ("政务服务与公开工作"): it must not match 政务公开.
        var ids = Ids("政务公开");
        Assert.Contains("p1", ids);
        Assert.DoesNotContain("p2", ids);
        Assert.Contains("p2", Ids("政务服务"));
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        var ids = Ids("停车收费");
        Assert.Equal("p3", ids[0]);
        var hits = Search("食品安全").Hits;
        Assert.Equal("p4", hits[0].Id);
    }

    [Fact]
    public void One_character_queries_find_titles_and_bodies()
    {
        Assert.Contains("p5", Ids("税")); // title: 个人所得税
        Assert.Contains("p3", Ids("税")); // body only: 税费另行公布
        Assert.DoesNotContain("p4", Ids("税"));
    }

    [Theory]
    [InlineData("京政办发〔2017〕12号")]
    [InlineData("京政办发[2017]12号")]
    [InlineData("京政办发2017年12号")]
    [InlineData("京政办发〔2017〕12")]
    [InlineData("京政办发（２０１７）１２号")]
    public void Document_number_variants_find_the_document_first(string query)
    {
        var r = Search(query);
        Assert.Equal("京政办发〔2017〕12号", r.DocumentNumber);
        Assert.Equal("p1", r.Hits[0].Id);
        Assert.True(r.Hits[0].IsExactDocumentNumber);
        // p2 cites the number in its body: found, but after the document itself.
        Assert.Contains(r.Hits.Skip(1), h => h.Id == "p2" && !h.IsExactDocumentNumber);
        Assert.DoesNotContain(r.Hits, h => h.Id == "p4");
    }

    [Theory]
    [InlineData("京政办发〔2017〕")]
    [InlineData("京政办发[2017]")]
    [InlineData("京政办发(2017")]
    public void Partial_number_lists_the_series(string query) =>
        Assert.Equal(["p1", "p2"], Ids(query).Order());

    [Fact]
    public void Agency_code_alone_lists_its_series_first()
    {
        var ids = Ids("京政办发");
        Assert.Equal(["p1", "p2"], ids.Take(2).Order());
    }

    [Fact]
    public void Decree_numbers_are_found_exactly() => Assert.Equal("p6", Ids("示府令第21号")[0]);

    [Fact]
    public void Filters_combine_and_within_a_key_or()
    {
        Assert.Equal(["p3"], Ids("收费", "issuer=示例市发展和改革委员会"));
        Assert.Equal(["p4"], Ids(null, "year=2023"));
        Assert.Equal(["p3", "p4"], Ids(null, "year=2023", "year=2024", "type=policy").Order());
        Assert.Equal(["i1", "p1", "p2"], Ids(null, "topic=综合政务").Order()); // top level covers sub-classes
        Assert.Equal(["p3"], Ids(null, @"topic=国民经济管理、国有资产监管\物价"));
        Assert.Equal(["p4"], Ids(null, "genre=意见"));
        Assert.Equal(["i1"], Ids(null, "type=interpretation"));
    }

    [Fact]
    public void Only_in_force_documents()
    {
        var ids = Ids(null, "validity=现行有效", "type=policy");
        Assert.DoesNotContain("p5", ids); // 已废止
        Assert.DoesNotContain("p6", ids); // 已修订
        Assert.Contains("p1", ids);
        Assert.Equal(Ids(null, "validity=inForce", "type=policy"), ids); // alias works too
    }

    [Fact]
    public void Facets_count_values_and_ignore_their_own_filter()
    {
        var r = Search(null, "year=2017");
        Assert.Equal(2, r.Total);
        var years = r.Facets["year"].ToDictionary(f => f.Value, f => f.Count);
        // drill sideways: the year facet still shows the other years with their counts
        Assert.Equal(2, years["2017"]);
        Assert.Equal(2, years["2024"]);
        Assert.True(r.Facets["year"].Single(f => f.Value == "2017").Selected);
        Assert.Equal("2025", r.Facets["year"][0].Value); // years newest first
        // other facets count within the filtered hits
        Assert.Equal(new Dictionary<string, int> { ["示例市人民政府办公室"] = 2 }, r.Facets["issuer"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(2, r.Facets["type"].Single(f => f.Value == "policy").Count);
    }

    [Fact]
    public void Snippets_are_highlighted_and_escaped()
    {
        using var idx = Corpus.Open(docs: [Corpus.Policy("x", "关于<script>alert(1)</script>政务公开的通知", "前文。" + new string('甲', 300) + "。本条规定政务公开的范围 & <b>标准</b>。" + new string('乙', 300))]);
        var hit = idx.Search(new SearchQuery { Text = "政务公开" }).Hits.Single();
        Assert.Contains("<mark>政务公开</mark>", hit.Snippet);
        Assert.Contains("&amp;", hit.Snippet);
        Assert.Contains("&lt;b&gt;", hit.Snippet);
        Assert.DoesNotContain("<b>", hit.Snippet);
        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.True(hit.Snippet.Length < 200);
        Assert.Contains("&lt;script&gt;", hit.TitleHtml);
        Assert.Contains("<mark>政务公开</mark>", hit.TitleHtml);
    }

    [Fact]
    public void Full_width_query_highlights_half_width_text()
    {
        using var idx = Corpus.Open(docs: [Corpus.Policy("x", "PM2.5治理方案", "PM2.5浓度下降。")]);
        var hit = idx.Search(new SearchQuery { Text = "ＰＭ２．５" }).Hits.Single();
        Assert.Contains("<mark>PM2.5</mark>", hit.TitleHtml);
    }

    [Fact]
    public void Interpretation_hits_know_their_policy()
    {
        var hit = Search("一图读懂").Hits.Single();
        Assert.Equal("interpretation", hit.ContentType);
        Assert.Equal(["p1"], hit.PolicyIds);
        Assert.Equal("示例市人民政府办公室关于做好2024年政务公开工作的通知", hit.PolicyTitles.Single());
    }

    [Fact]
    public void Non_public_documents_are_absent_from_the_public_index()
    {
        var ids = Ids("政务公开");
        Assert.DoesNotContain("p7", ids); // 不予公开
        Assert.DoesNotContain("p8", ids); // 依申请公开
        Assert.DoesNotContain("p9", ids); // publication date still to come
        Assert.DoesNotContain(Search(null).Hits, h => h.Id is "p7" or "p8" or "p9");
        Assert.Equal(7, _index.Count);
        Assert.Empty(Search("示府办发〔2024〕99号").Hits);
        Assert.Empty(Search("内部事务").Hits);
        Assert.DoesNotContain(Search(null, "type=policy").Facets["issuer"], f => f.Value.Contains("内部"));
    }

    [Fact]
    public void The_editorial_index_sees_drafts_and_withheld_items()
    {
        using var editorial = Corpus.Open(SearchIndexKind.Editorial);
        var hits = editorial.Search(new SearchQuery { Text = "政务公开", Take = 50 }).Hits;
        Assert.Contains(hits, h => h.Id == "p7" && h.Disclosure == "notDisclosed");
        Assert.Contains(hits, h => h.Id == "p8" && h.Disclosure == "onRequest");
        Assert.Contains(hits, h => h.Id == "p9");
    }

    [Fact]
    public void Changing_disclosure_removes_a_document_on_update()
    {
        using var idx = Corpus.Open();
        Assert.Contains("p1", idx.Search(new SearchQuery { Text = "政务公开" }).Hits.Select(h => h.Id));
        var withheld = Corpus.Docs()[0] with { Disclosure = DisclosureAttribute.OnRequest };
        Assert.False(idx.Upsert(withheld));
        Assert.DoesNotContain("p1", idx.Search(new SearchQuery { Text = "政务公开" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Sorts_by_date_and_pages()
    {
        var newest = _index.Search(new SearchQuery { Sort = SearchSort.DateDescending, Take = 3 }).Hits.Select(h => h.PublishedDate).ToList();
        Assert.Equal(newest.OrderByDescending(d => d), newest);
        var oldest = _index.Search(new SearchQuery { Sort = SearchSort.DateAscending, Take = 1 }).Hits.Single();
        Assert.Equal("p1", oldest.Id);
        var page1 = _index.Search(new SearchQuery { Sort = SearchSort.DateDescending, Take = 2 }).Hits.Select(h => h.Id);
        var page2 = _index.Search(new SearchQuery { Sort = SearchSort.DateDescending, Skip = 2, Take = 2 }).Hits.Select(h => h.Id);
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal(7, _index.Search(new SearchQuery { Take = 1 }).Total);
    }

    [Fact]
    public void Incremental_add_update_delete()
    {
        using var idx = Corpus.Open();
        Assert.True(idx.Upsert(Corpus.Policy("n1", "示例市新能源汽车推广办法", "推广新能源汽车。", "示府发〔2026〕2号", year: 2026)));
        Assert.Equal("n1", idx.Search(new SearchQuery { Text = "新能源汽车" }).Hits.Single().Id);
        idx.Upsert(Corpus.Policy("n1", "示例市氢能产业发展办法", "发展氢能产业。", "示府发〔2026〕2号", year: 2026));
        Assert.Empty(idx.Search(new SearchQuery { Text = "新能源汽车" }).Hits);
        Assert.Single(idx.Search(new SearchQuery { Text = "氢能" }).Hits);
        idx.Delete("n1");
        Assert.Empty(idx.Search(new SearchQuery { Text = "氢能" }).Hits);
        Assert.Equal(7, idx.Count);
        Assert.Contains("p1", idx.Ids());
        Assert.DoesNotContain("n1", idx.Ids());
    }

    [Fact]
    public void A_filter_never_brings_back_a_replaced_or_deleted_document()
    {
        // The filter's bits are cached per segment and include documents deleted later; the live documents must still
        // apply. Without facets the filter is applied beneath the query; with them it is counted sideways.
        using var idx = Corpus.Open();
        var y2026 = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2026"] };
        // One write, one segment: the later deletions leave it with live documents, so it stays.
        idx.UpsertMany([
            Corpus.Policy("n1", "示例市新能源汽车推广办法", "推广新能源汽车。", year: 2026),
            Corpus.Policy("n2", "示例市新能源汽车充电设施办法", "建设充电设施，推广新能源汽车。", year: 2026),
            Corpus.Policy("n3", "示例市充电设施管理办法", "管理充电设施。", year: 2026),
        ]);
        Assert.Equal(2, idx.Search(new SearchQuery { Text = "新能源汽车", Filters = y2026, IncludeFacets = false }).Total);
        Assert.Equal(3, idx.Search(new SearchQuery { Filters = y2026, IncludeFacets = false }).Total);
        idx.Upsert(Corpus.Policy("n1", "示例市新能源汽车推广办法（修订）", "推广新能源汽车。", year: 2026));
        var replaced = idx.Search(new SearchQuery { Text = "新能源汽车", Filters = y2026, IncludeFacets = false });
        Assert.Equal(["n1", "n2"], replaced.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, replaced.Total);
        idx.Delete("n2");
        Assert.Equal(["n1"], idx.Search(new SearchQuery { Text = "新能源汽车", Filters = y2026, IncludeFacets = false }).Hits.Select(h => h.Id));
        Assert.Equal(["n1", "n3"], idx.Search(new SearchQuery { Filters = y2026, IncludeFacets = false }).Hits.Select(h => h.Id).Order());
        Assert.Equal(1, idx.Search(new SearchQuery { Text = "新能源汽车", Filters = y2026, IncludeFacets = true }).Facets["year"].Single(f => f.Value == "2026").Count);
    }
}

public class HostileQueryTests : IDisposable
{
    private readonly GovSearchIndex _index = Corpus.Open();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("title:* AND (OR \"")]
    [InlineData("\"政务公开")]
    [InlineData("政务公开\"\"\"")]
    [InlineData("*?~^[]{}!:\\/+-&&||")]
    [InlineData("\u0000\u0001\u001f政务\u007f公开")]
    [InlineData("\ud800政务")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("。，、；")]
    [InlineData("a* OR b?")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    public void Never_errors(string? q)
    {
        var r = _index.Search(new SearchQuery { Text = q });
        Assert.NotNull(r.Hits);
        Assert.All(r.Hits, h => Assert.DoesNotContain("<script>", h.Snippet));
    }

    [Fact]
    public void Unbalanced_quote_is_plain_text() => Assert.Contains("p1", _index.Search(new SearchQuery { Text = "\"政务公开" }).Hits.Select(h => h.Id));

    [Fact]
    public void Control_characters_separate_terms() =>
        Assert.Contains("p1", _index.Search(new SearchQuery { Text = "政务\u0000公开" }).Hits.Select(h => h.Id));

    [Fact]
    public void Ten_thousand_characters_are_cut_with_a_clear_warning()
    {
        var r = _index.Search(new SearchQuery { Text = "政务公开" + new string('啊', 10_000) });
        Assert.Equal(SearchQuery.MaxTextLength, r.QueryText.Length);
        var w = Assert.Single(r.Warnings);
        Assert.Equal("too-long", w.Code);
        Assert.Contains("100", w.Message);
    }

    [Fact]
    public void Empty_query_browses_newest_first()
    {
        var r = _index.Search(new SearchQuery { Text = "" });
        Assert.Equal(7, r.Total);
        Assert.Equal(r.Hits.Select(h => h.PublishedDate).OrderByDescending(d => d), r.Hits.Select(h => h.PublishedDate));
    }

    [Fact]
    public void Bad_filters_and_paging_become_warnings()
    {
        var r = _index.Search(SearchQuery.From(null, ["year=abc", "colour=red", "validity=maybe", "type=secret"], skip: -5, take: 100_000));
        Assert.Equal(["bad-value", "bad-value", "bad-value", "range", "range", "unknown-key"], r.Warnings.Select(w => w.Code).Order());
        Assert.Equal(7, r.Total);
    }

    [Fact]
    public void Many_terms_are_capped()
    {
        var r = _index.Search(new SearchQuery { Text = string.Join(' ', Enumerable.Repeat("政务", 30)) });
        Assert.Contains(r.Warnings, w => w.Code == "too-many-terms");
    }
}

public class PathFilterTests
{
    [Fact]
    public void Path_filter_lists_items_under_a_column()
    {
        using var idx = Corpus.Open();
        var r = idx.Search(SearchQuery.From(null, ["path=/zwgk/zcwj/p1/"]));
        Assert.Equal(["p1"], r.Hits.Select(h => h.Id));
        Assert.Equal(6, idx.Search(SearchQuery.From(null, ["path=/zwgk/zcwj/"])).Total);
        Assert.Contains(idx.Search(SearchQuery.From(null, ["path=no-slash"])).Warnings, w => w.Code == "bad-value");
    }
}

public class IdFilterTests
{
    [Fact]
    public void Id_filter_looks_up_documents_by_id()
    {
        using var idx = Corpus.Open();
        Assert.Equal(["p1", "p3"], idx.Search(SearchQuery.From(null, ["id=p1", "id=p3"])).Hits.Select(h => h.Id).Order());
        Assert.Empty(idx.Search(SearchQuery.From(null, ["id=p7"])).Hits); // withheld: not in the public index
    }
}
