using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GovOpen.Search.Evaluation;

/// <summary>Something that ranks a corpus for a query: the ids of its first <c>k</c> documents.</summary>
internal interface IRanker : IDisposable
{
    string Name { get; }

    IReadOnlyList<string> Rank(string query, int k);
}

/// <summary>
/// (c) GovOpen's search as the site runs it: <see cref="GovSearchIndex"/> (bigrams, phrases across punctuation,
/// 文号 identity, exact titles, 有效性 and recency in the ranking).
/// </summary>
internal sealed class GovOpenRanker : IRanker
{
    private readonly GovSearchIndex _index;

    public GovOpenRanker(IEnumerable<SearchDocument> corpus)
    {
        _index = GovSearchIndex.Open(new SearchIndexOptions { Kind = SearchIndexKind.Editorial });
        _index.Rebuild(corpus);
    }

    public string Name => "(c) GovOpen";

    public IReadOnlyList<string> Rank(string query, int k) =>
        _index.Search(new SearchQuery { Text = query, Take = k, IncludeFacets = false }).Hits.Select(h => h.Id).ToList();

    public void Dispose() => _index.Dispose();
}

/// <summary>A plain Lucene index of title and body under one analyzer, for the two baselines.</summary>
internal abstract class PlainLuceneRanker : IRanker
{
    protected const string Title = "title";
    protected const string Body = "body";
    private readonly RAMDirectory _dir = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    protected PlainLuceneRanker(IEnumerable<SearchDocument> corpus, Analyzer analyzer)
    {
        Analyzer = analyzer;
        using (var w = new IndexWriter(_dir, new IndexWriterConfig(BigramAnalyzer.Version, analyzer)))
        {
            foreach (var d in corpus)
            {
                w.AddDocument(new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new TextField(Title, d.Title, Field.Store.NO),
                    new TextField(Body, d.Body, Field.Store.NO),
                });
            }
        }
        _reader = DirectoryReader.Open(_dir);
        _searcher = new IndexSearcher(_reader); // Lucene's default similarity
    }

    protected Analyzer Analyzer { get; }

    public abstract string Name { get; }

    protected abstract Query? QueryFor(string field, string text);

    public IReadOnlyList<string> Rank(string query, int k)
    {
        var q = new BooleanQuery();
        foreach (var field in new[] { Title, Body })
        {
            if (QueryFor(field, query) is { } fq)
            {
                q.Add(fq, Occur.SHOULD);
            }
        }
        if (q.Clauses.Count == 0)
        {
            return [];
        }
        return _searcher.Search(q, k).ScoreDocs.Select(s => _searcher.Doc(s.Doc).Get("id")).ToList();
    }

    protected List<(string Term, int Position)> Tokens(string field, string text) => Analyzers.Tokens(Analyzer, field, text);

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
        Analyzer.Dispose();
    }
}

/// <summary>
/// (a) What an Umbraco site gets from Examine's defaults, read in Examine's source (Shazwazza/Examine,
/// <c>FullTextType.GenerateQuery</c> and <c>ManagedQuery</c>; docs/benchmarks.md, "Search relevance"): text fields analyzed by
/// StandardTokenizer, lower case and ASCII folding (one token per Han character); a query of fewer than four characters
/// is one exact term, not analyzed; a longer one requires every token and adds the whole as a phrase boosted 20
/// (tokens of three or more characters also match as prefixes); each field is one SHOULD clause; Lucene's default
/// similarity.
/// </summary>
internal sealed class ExamineDefaultRanker(IEnumerable<SearchDocument> corpus) : PlainLuceneRanker(corpus, new ExamineLikeAnalyzer())
{
    public override string Name => "(a) Examine defaults";

    protected override Query? QueryFor(string field, string text)
    {
        var result = new BooleanQuery();
        var phrase = new PhraseQuery { Slop = 0 };
        if (text.Length < 4)
        {
            phrase.Add(new Term(field, text));
            result.Add(phrase, Occur.MUST);
            return result;
        }
        phrase.Boost = 20;
        result.Add(phrase, Occur.SHOULD);
        foreach (var (token, _) in Tokens(field, text))
        {
            phrase.Add(new Term(field, token));
            var exact = new TermQuery(new Term(field, token));
            if (token.Length >= 3)
            {
                var inner = new BooleanQuery();
                exact.Boost = 10;
                inner.Add(exact, Occur.SHOULD);
                inner.Add(new PrefixQuery(new Term(field, token)) { MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE }, Occur.SHOULD);
                result.Add(inner, Occur.MUST);
            }
            else
            {
                result.Add(exact, Occur.MUST);
            }
        }
        return result.Clauses.Count > 0 ? result : null;
    }

    private sealed class ExamineLikeAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(BigramAnalyzer.Version, reader);
            TokenStream ts = new LowerCaseFilter(BigramAnalyzer.Version, tokenizer);
            ts = new ASCIIFoldingFilter(ts);
            return new TokenStreamComponents(tokenizer, ts);
        }
    }
}

/// <summary>
/// (b) The bigram base alone: GovOpen's analysis (<see cref="BigramAnalyzer"/>: script and width folding, bigrams,
/// punctuation bridged) and the query as a phrase of its bigrams in title or body, with Lucene's default similarity —
/// none of (c)'s ranking (exact title, 文号, 有效性, recency).
/// </summary>
internal sealed class BigramBaseRanker(IEnumerable<SearchDocument> corpus) : PlainLuceneRanker(corpus, new BigramAnalyzer())
{
    public override string Name => "(b) bigram base";

    protected override Query? QueryFor(string field, string text)
    {
        var tokens = Tokens(field, text);
        if (tokens.Count == 0)
        {
            return null;
        }
        var phrase = new PhraseQuery();
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }
        return phrase;
    }
}
