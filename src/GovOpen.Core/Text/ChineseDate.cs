using System.Globalization;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Text;

/// <summary>
/// Parses the date forms found in 公文: <c>2020年8月14日</c>, <c>2019年06月28日</c>,
/// <c>二〇二〇年八月十四日</c>, full-width digits, and ISO <c>2020-08-14</c>.
/// </summary>
public static partial class ChineseDate
{
    private const string HanDigits = "〇零一二三四五六七八九";

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,4})\s*日")]
    private static partial Regex ChineseDateRegex();

    /// <summary>Finds every Chinese-form date in a text, with its span.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        var folded = FoldZero(text);
        foreach (Match m in ChineseDateRegex().Matches(folded))
        {
            if (TryBuild(m, out var date))
            {
                yield return (date, m.Index, m.Length);
            }
        }
    }

    /// <summary>Parses one date (the whole string, trimmed). Returns false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var folded = FoldZero(text).Trim();
        if (IsoDate.TryParse(folded, out date))
        {
            return true;
        }
        var m = ChineseDateRegex().Match(folded);
        return m.Success && m.Index == 0 && m.Length == folded.Length && TryBuild(m, out date);
    }

    // Documents often write the zero of a year as ○ (U+25CB), a Latin O (二OO六年) or a digit 0 (二0一0年) instead of
    // 〇 (U+3007). Folded only inside a four-character year with at least one Han digit, one character for one, so
    // indices stay those of the text.
    private static string FoldZero(string text) =>
        HanYearWithOddZero().Replace(ChineseText.FoldWidth(text), m => Regex.Replace(m.Value, "[○Oo0]", "〇"));

    [GeneratedRegex(@"(?=[〇零一二三四五六七八九○Oo0]{0,3}[零一二三四五六七八九])[〇零一二三四五六七八九○Oo0]{4}(?=\s*年)")]
    private static partial Regex HanYearWithOddZero();

    /// <summary>Formats a date as GB/T 9704 writes it: <c>2026年5月15日</c> (no leading zeros).</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static bool TryBuild(Match m, out DateOnly date)
    {
        date = default;
        var y = ParseNumber(m.Groups["y"].Value, positional: true);
        var mo = ParseNumber(m.Groups["m"].Value, positional: false);
        var d = ParseNumber(m.Groups["d"].Value, positional: false);
        if (y is null || mo is null || d is null || y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y.Value, mo.Value))
        {
            return false;
        }
        date = new DateOnly(y.Value, mo.Value, d.Value);
        return true;
    }

    /// <summary>
    /// Arabic digits, or Chinese numerals: positional for years (二〇二〇), with 十 for months and days (十四, 二十八, 三十一).
    /// </summary>
    internal static int? ParseNumber(string s, bool positional)
    {
        if (s.Length == 0)
        {
            return null;
        }
        if (char.IsAsciiDigit(s[0]))
        {
            return int.Parse(s, CultureInfo.InvariantCulture);
        }
        if (positional)
        {
            var v = 0;
            foreach (var c in s)
            {
                var i = HanDigits.IndexOf(c);
                if (i < 0)
                {
                    return null;
                }
                v = (v * 10) + (i == 0 ? 0 : i - 1);
            }
            return v;
        }
        var ten = s.IndexOf('十');
        if (ten < 0)
        {
            return s.Length == 1 ? Digit(s[0]) : null;
        }
        var tens = ten == 0 ? 1 : (ten == 1 ? Digit(s[0]) : null);
        var rest = s[(ten + 1)..];
        int? ones = rest.Length == 0 ? 0 : (rest.Length == 1 ? Digit(rest[0]) : null);
        return tens is null || ones is null ? null : (tens * 10) + ones;
    }

    private static int? Digit(char c)
    {
        var i = HanDigits.IndexOf(c);
        return i switch { < 0 => null, 0 or 1 => 0, _ => i - 1 };
    }
}
