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
    /// <summary>
    /// The next run of punctuation, symbols and spaces (one to four characters) with a Han character on both sides,
    /// at or after <paramref name="from"/> — except where a sentence or a line ends (。！？； and line breaks): a phrase
    /// runs across brackets, commas and quotes, not from one sentence into the next. Returns the run's index and sets
    /// <paramref name="length"/>, or returns -1. A longer run, or one that does not end at a Han character, is kept.
    /// (A scan, not a regular expression: it runs over every body at indexing and over every snippet's text.)
    /// </summary>
    internal static int NextBridge(string text, int from, out int length)
    {
        for (var i = Math.Max(from, 1); i < text.Length; i++)
        {
            if (!IsBridgeable(text[i]) || !ChineseText.IsHan(text[i - 1]))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && IsBridgeable(text[end]))
            {
                end++;
            }
            if (end - i <= MaxBridge && end < text.Length && ChineseText.IsHan(text[end]))
            {
                length = end - i;
                return i;
            }
            i = end; // text[end] is neither bridgeable nor the end of a bridge; the next run starts after it
        }
        length = 0;
        return -1;
    }

    /// <summary>Every run <see cref="NextBridge"/> finds in <paramref name="text"/>, in order.</summary>
    internal static IEnumerable<(int Index, int Length)> Bridges(string text)
    {
        for (var at = NextBridge(text, 0, out var length); at >= 0; at = NextBridge(text, at + length, out length))
        {
            yield return (at, length);
        }
    }

    /// <summary>The longest run of punctuation and spacing a phrase is matched across.</summary>
    internal const int MaxBridge = 4;

    // Han characters, most of the text, are answered before the Unicode category is looked up.
    private static bool IsBridgeable(char c) =>
        !ChineseText.IsHan(c)
        && c is not ('。' or '！' or '？' or '；' or '!' or '?' or ';' or '\r' or '\n')
        && (char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c));

    public static TextReader Wrap(TextReader reader) => new BridgeCharFilter(reader);

    /// <summary>
    /// Simplifies the text (<see cref="ScriptVariants.Simplify(string)"/>: one character for one, so no offset moves) and removes the runs <see cref="NextBridge"/> finds, recording each
    /// removal so offsets map back onto the input.
    /// </summary>
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
            var text = ScriptVariants.Simplify(read.ToString());
            var sb = new StringBuilder(text.Length);
            var last = 0;
            var removed = 0;
            foreach (var (at, length) in Bridges(text))
            {
                sb.Append(text, last, at - last);
                removed += length;
                AddOffCorrectMap(sb.Length, removed);
                last = at + length;
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
