using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace GovOpen.Search;

/// <summary>
/// Lucene's LowerCaseFilter with a fast path for Chinese text: a token whose characters are all Han or ASCII that
/// is not upper case is already lower case, and is passed on as it is. Any other token is lowered exactly as
/// LowerCaseFilter lowers it (CharacterUtils, from the first character that may change). Lucene.Net's filter walks
/// every token code point by code point, which took about a tenth of indexing time on Chinese bodies.
/// </summary>
internal sealed class HanLowerCaseFilter : TokenFilter
{
    private readonly CharacterUtils _chars = CharacterUtils.GetInstance(BigramAnalyzer.Version);
    private readonly ICharTermAttribute _term;

    public HanLowerCaseFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c is >= 'A' and <= 'Z' || (c >= 0x80 && c is < '\u3400' or > '\u9FFF'))
            {
                // Exactly LowerCaseFilter's call: the whole token (Lucene.Net's third argument is a length, not a limit).
                _chars.ToLower(buffer, 0, length);
                break;
            }
        }
        return true;
    }
}
