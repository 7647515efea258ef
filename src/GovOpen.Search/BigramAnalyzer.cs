using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Han text as overlapping bigrams (docs/search.md): StandardTokenizer → CJKWidthFilter (full-width ↔
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
