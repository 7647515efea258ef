using System.Text;

namespace GovOpen.Core.Text;

/// <summary>Small text helpers shared by the parsers: width folding and bracket folding.</summary>
public static class ChineseText
{
    /// <summary>
    /// Folds full-width ASCII variants (U+FF01–U+FF5E) to half-width and the ideographic space to a space.
    /// The length of the string is preserved, so spans found in the folded text map 1:1 onto the original.
    /// </summary>
    public static string FoldWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(FoldWidth(c));
        }
        return sb.ToString();
    }

    /// <summary>One character of <see cref="FoldWidth(string)"/>: a full-width ASCII form becomes ASCII, the ideographic space a space.</summary>
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Opening brackets editors type around the year of a 文号, all folded to 〔.</summary>
    public const string OpenBrackets = "〔[(【［（﹝〖〈﹙";

    /// <summary>Closing brackets matching <see cref="OpenBrackets"/>, all folded to 〕.</summary>
    public const string CloseBrackets = "〕])】］）﹞〗〉﹚";

    /// <summary>True for CJK unified ideographs (basic block and extension A).</summary>
    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

    /// <summary>Removes ASCII and ideographic control characters and trims.</summary>
    public static string StripControl(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsControl(c) || c == '\n' || c == '\t')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
