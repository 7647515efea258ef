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

    /// <summary>One <c>&lt;a href&gt;</c> of rich text: the decoded href, the whole element's place, its type attribute and text.</summary>
    public sealed record Anchor(string Href, int Start, int Length, string? Type, string Text);

    [GeneratedRegex(@"<a\b(?<attrs>[^>]*?)\bhref\s*=\s*(?:""(?<href>[^""]*)""|'(?<href>[^']*)'|(?<href>[^\s>]+))(?<rest>[^>]*)>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnchorElement();

    [GeneratedRegex(@"\btype\s*=\s*[""']?(?<type>[A-Za-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TypeAttribute();

    /// <summary>The links of rich text, in order.</summary>
    public static IReadOnlyList<Anchor> Anchors(string? html)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains("<a", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        return AnchorElement().Matches(html).Select(m =>
        {
            var type = TypeAttribute().Match(m.Groups["attrs"].Value + " " + m.Groups["rest"].Value);
            return new Anchor(WebUtility.HtmlDecode(m.Groups["href"].Value), m.Index, m.Length, type.Success ? type.Groups["type"].Value : null, ToPlainText(m.Groups["text"].Value));
        }).ToList();
    }

    /// <summary><paramref name="html"/> with each link for which <paramref name="replace"/> answers text replaced by that text.</summary>
    public static string ReplaceAnchors(string html, Func<Anchor, string?> replace)
    {
        var anchors = Anchors(html);
        if (anchors.Count == 0)
        {
            return html;
        }
        // Made at the first replacement: most anchors stay (the public surface asks of every public body), and a
        // builder the size of the body each time was garbage for nothing.
        StringBuilder? sb = null;
        var at = 0;
        foreach (var a in anchors)
        {
            if (replace(a) is { } text)
            {
                (sb ??= new StringBuilder(html.Length)).Append(html, at, a.Start - at).Append(text);
                at = a.Start + a.Length;
            }
        }
        return sb is null ? html : sb.Append(html, at, html.Length - at).ToString();
    }

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
