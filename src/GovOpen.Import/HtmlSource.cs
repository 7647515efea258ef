using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Import;

/// <summary>
/// A saved web page (.html/.htm), or text that still carries HTML markup (<c>&lt;p&gt;…&lt;/p&gt;</c> pasted from a site's
/// source), read as the lines a browser shows: block elements (p, div, h1–h6, li, tr, blockquote…) and &lt;br&gt; end a
/// line, every table cell is a line of its own (as a .docx table's cells are), entities are decoded, and what a browser
/// does not show as text (head, script, style, noscript, template, comments, attributes such as an image's alt) is
/// left out: markup is not words. White space collapses as in HTML; a line break of the source between two Chinese
/// characters is dropped rather than made a space. A tolerant scan, not a tree: unclosed and misnested tags, common on
/// old government sites, cannot lose text.
/// </summary>
public static partial class HtmlSource
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
        "tfoot", "caption", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "main", "form",
        "hr", "address", "figure", "figcaption", "center", "fieldset", "legend", "details", "summary", "body", "html", "title",
    };

    private static readonly HashSet<string> CellTags = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>Elements whose content is not shown as text.</summary>
    private static readonly HashSet<string> HiddenTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "select", "textarea", "button",
    };

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

    /// <summary>The page's text as lines (with whether each line is a table cell), in reading order.</summary>
    public static List<SourceParagraph> Lines(string html)
    {
        var lines = new List<SourceParagraph>();
        var line = new StringBuilder();
        var pendingBreak = false; // white space containing a line break, not yet written
        var pendingSpace = false;
        var cellDepth = 0;
        var preDepth = 0;
        var i = 0;
        var n = html.Length;

        void EndLine()
        {
            pendingSpace = pendingBreak = false;
            var text = line.ToString().Trim(' ');
            line.Clear();
            if (text.Length > 0)
            {
                lines.Add(new SourceParagraph(text, cellDepth > 0));
            }
        }

        void AppendText(string decoded)
        {
            foreach (var ch in decoded)
            {
                if (preDepth > 0)
                {
                    if (ch == '\n')
                    {
                        EndLine();
                    }
                    else if (ch != '\r')
                    {
                        line.Append(ch == '\t' ? ' ' : ch);
                    }
                    continue;
                }
                if (ch is ' ' or '\t' or '\r' or '\n' or '\f')
                {
                    if (line.Length > 0)
                    {
                        pendingSpace = true;
                        pendingBreak |= ch is '\n' or '\r';
                    }
                    continue;
                }
                if (pendingSpace)
                {
                    // A source line break between two Chinese characters is layout of the HTML file, not a space.
                    var dropped = pendingBreak && IsCjk(line[^1]) && IsCjk(ch);
                    if (!dropped && line[^1] != ' ')
                    {
                        line.Append(' ');
                    }
                    pendingSpace = pendingBreak = false;
                }
                line.Append(ch == '\u00A0' ? ' ' : ch);
            }
        }

        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(WebUtility.HtmlDecode(html[i..]));
                break;
            }
            if (lt > i)
            {
                AppendText(WebUtility.HtmlDecode(html[i..lt]));
            }
            // Comment, doctype, processing instruction, CDATA.
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (lt + 1 < n && html[lt + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', lt + 1);
                i = end < 0 ? n : end + 1;
                continue;
            }
            var tag = TagAt(html, lt);
            if (tag is null)
            {
                // A '<' that opens no tag is text ("a < b").
                AppendText("<");
                i = lt + 1;
                continue;
            }
            var (name, closing, selfClosing, after) = tag.Value;
            i = after;
            if (!closing && HiddenTags.Contains(name) && !selfClosing)
            {
                // Skip to the matching end tag (raw text for script/style; for head, everything up to </head> or <body>).
                i = SkipHidden(html, name, after);
                continue;
            }
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                EndLine();
                continue;
            }
            if (CellTags.Contains(name))
            {
                EndLine();
                cellDepth = closing ? Math.Max(0, cellDepth - 1) : selfClosing ? cellDepth : cellDepth + 1;
                continue;
            }
            if (BlockTags.Contains(name))
            {
                EndLine();
                if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                {
                    preDepth = closing ? Math.Max(0, preDepth - 1) : preDepth + 1;
                }
                if (name.Equals("table", StringComparison.OrdinalIgnoreCase) && closing)
                {
                    cellDepth = 0;
                }
            }
            // Inline tags (span, font, a, strong…) and images write nothing.
        }
        EndLine();
        return lines;
    }

    /// <summary>A tag starting at <paramref name="lt"/>: its name, whether it closes or closes itself, and the position after it.</summary>
    private static (string Name, bool Closing, bool SelfClosing, int After)? TagAt(string html, int lt)
    {
        var j = lt + 1;
        var closing = j < html.Length && html[j] == '/';
        if (closing)
        {
            j++;
        }
        var nameStart = j;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':'))
        {
            j++;
        }
        if (j == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return null;
        }
        var name = html[nameStart..j];
        // Attributes: quoted values may hold '>'.
        char quote = '\0';
        for (; j < html.Length; j++)
        {
            var ch = html[j];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '>')
            {
                return (name, closing, html[j - 1] == '/', j + 1);
            }
        }
        return (name, closing, false, html.Length);
    }

    private static int SkipHidden(string html, string name, int from)
    {
        if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
        {
            // A head left unclosed ends where the body starts.
            var close = IndexOfTag(html, "/head", from);
            var body = IndexOfTag(html, "body", from);
            var end = close < 0 ? body : body < 0 ? close : Math.Min(close, body);
            if (end < 0)
            {
                return from; // no end: read on rather than lose the rest
            }
            return end == close ? AfterTag(html, close) : end;
        }
        var at = IndexOfTag(html, "/" + name, from);
        return at < 0 ? html.Length : AfterTag(html, at);
    }

    private static int IndexOfTag(string html, string name, int from)
    {
        var probe = "<" + name;
        var at = from;
        while ((at = html.IndexOf(probe, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var next = at + probe.Length;
            if (next >= html.Length || !char.IsAsciiLetterOrDigit(html[next]))
            {
                return at;
            }
            at = next;
        }
        return -1;
    }

    private static int AfterTag(string html, int lt)
    {
        var gt = html.IndexOf('>', lt);
        return gt < 0 ? html.Length : gt + 1;
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);

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
