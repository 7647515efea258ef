using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Import;

/// <summary>
/// A saved web page (.html/.htm), or text that still carries HTML markup (<c>&lt;p&gt;…&lt;/p&gt;</c> pasted from a site's
/// source): its encoding, and its text as the lines a browser shows (Core's <see cref="GovOpen.Core.Text.HtmlText.Lines"/>,
/// the same reading the search index and the checks give rich text).
/// </summary>
public static partial class HtmlSource
{
    /// <summary>
    /// True when text carries HTML markup rather than mentioning it: a document or doctype start, or at least three
    /// block tags (&lt;p&gt;, &lt;br&gt;, &lt;div&gt;, &lt;td&gt;…) — a 公文 that names a tag does not use three of them.
    /// </summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return MarkupTag().Count(text) >= 3;
    }

    [GeneratedRegex(@"</?(?:p|br|div|span|table|tr|td|th|font|strong|b|li|ul|ol|h[1-6])(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    /// <summary>The page's text as lines (with whether each line is a table cell), in reading order (Core's <see cref="GovOpen.Core.Text.HtmlText.Lines"/>).</summary>
    public static List<SourceParagraph> Lines(string html) =>
        GovOpen.Core.Text.HtmlText.Lines(html).Select(l => new SourceParagraph(l.Text, l.InTable)).ToList();

    /// <summary>
    /// Decodes a saved page: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else the charset the page
    /// declares (&lt;meta charset&gt;; gb2312/gbk/gb18030 are read as GB18030, big5 as Big5), else GB18030.
    /// </summary>
    internal static string Decode(string name, byte[] bytes, out string encoding)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) || bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return SourceReader.DecodeText(name, bytes, out encoding);
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return SourceReader.DecodeText(name, bytes, out encoding);
        }
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = DeclaredCharset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : "";
        if (declared is "big5" or "big5-hkscs")
        {
            var text = Encoding.GetEncoding("big5").GetString(bytes);
            encoding = "Big5";
            return text;
        }
        return SourceReader.DecodeText(name, bytes, out encoding); // GB18030 (covers GBK and GB2312)
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();
}
