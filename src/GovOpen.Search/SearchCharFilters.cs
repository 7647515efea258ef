using System.Text.RegularExpressions;
using GovOpen.Core.Text;
using Lucene.Net.Analysis.CharFilters;
using System.Text;

namespace GovOpen.Search;

/// <summary>
/// What both text analyzers do to the characters before tokenizing (docs/search.md): common traditional characters
/// become simplified (<see cref="ScriptVariants"/>), and punctuation or spacing between two Han characters is removed,
/// so a phrase matches across it — 物流工业园区 finds …新港(物流)工业园区…, and a spaced-out title (几 个 问 题) is read as
/// written. Offsets are corrected by the filters, so highlighting still points at the original text.
/// </summary>
internal static class SearchCharFilters
{
    private static readonly NormalizeCharMap Variants = BuildVariants();

    /// <summary>
    /// Punctuation, symbols and spaces with a Han character on both sides — except where a sentence or a line ends
    /// (。！？； and line breaks): a phrase runs across brackets, commas and quotes, not from one sentence into the next.
    /// </summary>
    internal static readonly Regex BetweenHan = new(@"(?<=[\u3400-\u4DBF\u4E00-\u9FFF])[\p{P}\p{S}\s\u3000-[。！？；!?;\r\n]]{1,4}(?=[\u3400-\u4DBF\u4E00-\u9FFF])", RegexOptions.Compiled);

    private static NormalizeCharMap BuildVariants()
    {
        var b = new NormalizeCharMap.Builder();
        foreach (var (traditional, simplified) in ScriptVariants.TraditionalToSimplified)
        {
            b.Add(traditional.ToString(), simplified.ToString());
        }
        return b.Build();
    }

    public static TextReader Wrap(TextReader reader) => new BridgeCharFilter(new MappingCharFilter(Variants, reader));

    /// <summary>Removes <see cref="BetweenHan"/> runs, recording each removal so offsets map back onto the input.</summary>
    private sealed class BridgeCharFilter(TextReader input) : BaseCharFilter(input)
    {
        private string? _output;
        private int _position;

        private string Output()
        {
            if (_output is not null)
            {
                return _output;
            }
            // Lucene's readers end with -1 (Java's convention), which TextReader.ReadToEnd does not expect.
            var read = new StringBuilder();
            var chunk = new char[4096];
            int n;
            while ((n = m_input.Read(chunk, 0, chunk.Length)) > 0)
            {
                read.Append(chunk, 0, n);
            }
            var text = read.ToString();
            var sb = new StringBuilder(text.Length);
            var last = 0;
            var removed = 0;
            foreach (Match m in BetweenHan.Matches(text))
            {
                sb.Append(text, last, m.Index - last);
                removed += m.Length;
                AddOffCorrectMap(sb.Length, removed);
                last = m.Index + m.Length;
            }
            sb.Append(text, last, text.Length - last);
            return _output = sb.ToString();
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var output = Output();
            var n = Math.Min(count, output.Length - _position);
            if (n <= 0)
            {
                return 0;
            }
            output.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        public override int Read()
        {
            var output = Output();
            return _position < output.Length ? output[_position++] : -1;
        }

        public override int Peek()
        {
            var output = Output();
            return _position < output.Length ? output[_position] : -1;
        }
    }
}
