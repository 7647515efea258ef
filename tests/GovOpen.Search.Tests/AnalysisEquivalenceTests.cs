using CsCheck;
using GovOpen.Core.Text;
using GovOpen.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace GovOpen.Search.Tests;

/// <summary>
/// The indexing path's cheaper parts give what Lucene's own parts gave: the script folding by table against Lucene's
/// MappingCharFilter (the specification, kept here), and the per-thread keyword stream against StringField's.
/// </summary>
public class AnalysisEquivalenceTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        Gen.Char["國務院辦公廳關於實施條例的通知发展改革委员会示例市"],
        Gen.Char["，、（）《》“”·-—／ \u3000\t+=%"],
        Gen.Char["。！？；\r\n"],
        Gen.Char["aZ09ＡＢｃ１２"],
        Gen.Char["\uD840\uDC00"]), 0, 80];

    /// <summary>The old chain: Lucene's MappingCharFilter simplified the text before the bridges were removed.</summary>
    private sealed class Specification : Analyzer
    {
        private static readonly NormalizeCharMap Map = Build();

        private static NormalizeCharMap Build()
        {
            var b = new NormalizeCharMap.Builder();
            foreach (var (traditional, simplified) in ScriptVariants.TraditionalToSimplified)
            {
                b.Add(traditional.ToString(), simplified.ToString());
            }
            return b.Build();
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => SearchCharFilters.Wrap(new MappingCharFilter(Map, reader));

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(BigramAnalyzer.Version, reader) { MaxTokenLength = 255 };
            TokenStream ts = new CJKWidthFilter(tokenizer);
            ts = new HanLowerCaseFilter(ts);
            ts = new CJKBigramFilter(ts);
            return new TokenStreamComponents(tokenizer, ts);
        }
    }

    private static List<(string, int, int, int)> Tokens(TokenStream ts)
    {
        var list = new List<(string, int, int, int)>();
        var term = ts.AddAttribute<ICharTermAttribute>();
        var pos = ts.AddAttribute<IPositionIncrementAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        while (ts.IncrementToken())
        {
            list.Add((term.ToString(), pos.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }
        ts.End();
        list.Add(("<end>", 0, offset.StartOffset, offset.EndOffset));
        return list;
    }

    [Fact]
    public void Folding_by_table_gives_the_tokens_and_offsets_the_mapping_filter_gave()
    {
        using var spec = new Specification();
        var analyzer = new BigramAnalyzer();
        Text.Sample(text =>
        {
            List<(string, int, int, int)> expected, actual;
            using (var ts = spec.GetTokenStream("body", text))
            {
                expected = Tokens(ts);
            }
            using (var ts = analyzer.GetTokenStream("body", text))
            {
                actual = Tokens(ts);
            }
            Assert.Equal(expected, actual);
        }, iter: 5_000);
        // And it folds at all (the property above would also hold if neither side did).
        Assert.Contains(Analyzers.Tokens(analyzer, "body", "國務院辦公廳"), t => t.Term == "国务");
    }

    [Fact]
    public void Simplify_leaves_simplified_text_as_the_same_string()
    {
        var text = "示例市人民政府关于印发办法的通知";
        Assert.Same(text, ScriptVariants.Simplify(text));
        Assert.Equal("国务院办公厅", ScriptVariants.Simplify("國務院辦公廳"));
    }

    [Fact]
    public void A_keyword_field_gives_the_token_a_string_field_gives_and_its_stream_is_reused_on_a_thread()
    {
        Gen.String.Sample(value =>
        {
            var expected = Tokens(new StringField("f", value, Field.Store.YES).GetTokenStream(Analyzers.Bigram));
            using var first = KeywordField.Stored("f", value).GetTokenStream(Analyzers.Bigram);
            Assert.Equal(expected, Tokens(first));
        }, iter: 2_000);
        var a = KeywordField.Stored("a", "x").GetTokenStream(Analyzers.Bigram);
        var b = KeywordField.NotStored("b", "y").GetTokenStream(Analyzers.Bigram);
        Assert.Same(a, b);
        Assert.Equal([("y", 1, 0, 1), ("<end>", 0, 1, 1)], Tokens(b));
        Assert.True(KeywordField.Stored("a", "x").FieldType.IsStored);
        Assert.False(KeywordField.NotStored("a", "x").FieldType.IsStored);
        Assert.False(KeywordField.NotStored("a", "x").FieldType.IsTokenized);
    }
}
