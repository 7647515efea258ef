using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// Han text as overlapping bigrams (docs/search.md): <see cref="SearchCharFilters"/> (traditional → simplified,
/// punctuation between Han characters removed) → StandardTokenizer → CJKWidthFilter (full-width ↔ half-width) →
/// lower case (<see cref="HanLowerCaseFilter"/>) → CJKBigramFilter, so a phrase of bigrams matches the substring typed, across punctuation.
/// </summary>
public sealed class BigramAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader) => SearchCharFilters.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        TokenStream ts = new CJKWidthFilter(tokenizer);
        ts = new HanLowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }
}
