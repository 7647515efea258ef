using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Text;

/// <summary>Plain text from HTML, for search and snippets (not a sanitizer: rendering uses HtmlSanitizer).</summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr|/table|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var s = Hidden().Replace(html, " ");
        s = Breaks().Replace(s, "\n");
        s = Tags().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        s = Spaces().Replace(s, " ");
        s = BlankLines().Replace(s, "\n");
        var sb = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0)
            {
                sb.Append(t).Append('\n');
            }
        }
        return sb.ToString().TrimEnd('\n');
    }
}
