using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovOpen.Search;

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
