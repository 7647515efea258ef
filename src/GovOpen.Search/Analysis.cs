using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Han text as overlapping bigrams (search.md §1): StandardTokenizer → CJKWidthFilter (full-width ↔
/// half-width) → LowerCaseFilter → CJKBigramFilter. Punctuation is dropped by the tokenizer and bigrams
/// never span it, so a phrase of bigrams matches exactly the substring typed.
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        TokenStream ts = new CJKWidthFilter(tokenizer);
        ts = new LowerCaseFilter(Version, ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }
}

/// <summary>One token per Han character; used for the title unigram field so that one-character queries find titles.</summary>
public sealed class UnigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(BigramAnalyzer.Version, reader) { MaxTokenLength = 255 };
        TokenStream ts = new CJKWidthFilter(tokenizer);
        ts = new LowerCaseFilter(BigramAnalyzer.Version, ts);
        return new TokenStreamComponents(tokenizer, ts);
    }
}

/// <summary>The analyzers of the index schema.</summary>
internal static class Analyzers
{
    public static readonly BigramAnalyzer Bigram = new();
    public static readonly UnigramAnalyzer Unigram = new();

    public static Analyzer PerField() => new PerFieldAnalyzerWrapper(Bigram, new Dictionary<string, Analyzer>
    {
        [Fields.TitleUnigram] = Unigram,
    });

    /// <summary>Tokens with their positions, as the index sees them.</summary>
    public static List<(string Term, int Position)> Tokens(Analyzer analyzer, string field, string text)
    {
        var list = new List<(string, int)>();
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var posInc = ts.AddAttribute<IPositionIncrementAttribute>();
        ts.Reset();
        var pos = -1;
        while (ts.IncrementToken())
        {
            pos += posInc.PositionIncrement;
            list.Add((term.ToString(), pos));
        }
        ts.End();
        return list;
    }
}

/// <summary>Field names of the index.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Title = "title";
    public const string TitleUnigram = "title_uni";
    public const string Body = "body";
    public const string DocNum = "docnum";
    public const string DocNumRaw = "docnum_raw";
    public const string Issuer = "issuer";
    public const string Topic = "topic";
    public const string TopicTop = "topic_top";
    public const string Genre = "genre";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string Disclosure = "disclosure";
    public const string Published = "published";
    public const string Signed = "signed";
    public const string Route = "route";
    public const string PolicyIds = "policy_id";
    public const string PolicyTitles = "policy_title";
    public const string IndexNumber = "indexno";
    public const string DvPrefix = "dv_";
}
