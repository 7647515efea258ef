using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;

namespace GovOpen.Search;

/// <summary>One token per Han character; used for the title unigram field so that one-character queries find titles.</summary>
public sealed class UnigramAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => SearchCharFilters.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(BigramAnalyzer.Version, reader) { MaxTokenLength = 255 };
        TokenStream ts = new CJKWidthFilter(tokenizer);
        ts = new HanLowerCaseFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }
}
