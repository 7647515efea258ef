using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovOpen.Core.Text;

/// <summary>Plain text from HTML, for search and snippets (not a sanitizer: rendering uses HtmlSanitizer).</summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    /// <summary>One line of HTML as a browser shows it, and whether it is a table cell.</summary>
    public readonly record struct HtmlLine(string Text, bool InTable);

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

    /// <summary>
    /// Plain text of rich text, one line per line a browser shows (<see cref="Lines"/>). Text without any tag is plain
    /// text already: its lines are kept, entities decoded and spaces collapsed.
    /// </summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        if (!html.Contains('<'))
        {
            var sb = new StringBuilder(html.Length);
            foreach (var line in WebUtility.HtmlDecode(html).Split('\n'))
            {
                var t = Spaces().Replace(line, " ").Trim();
                if (t.Length > 0)
                {
                    sb.Append(t).Append('\n');
                }
            }
            return sb.ToString().TrimEnd('\n');
        }
        return string.Join('\n', Lines(html).Select(l => l.Text));
    }

    /// <summary>
    /// The lines a browser shows for HTML, in reading order, each with whether it is a table cell: block elements (p,
    /// div, h1–h6, li, tr, blockquote…) and &lt;br&gt; end a line, every table cell is a line of its own, entities are
    /// decoded, and what a browser does not show as text (head, script, style, noscript, template, comments,
    /// attributes such as an image's alt) is left out. White space collapses as in HTML; a line break of the source
    /// between two Chinese characters is dropped rather than made a space. A tolerant scan, not a tree: unclosed and
    /// misnested tags, common on old government sites, cannot lose text.
    /// </summary>
    public static IReadOnlyList<HtmlLine> Lines(string? html)
    {
        var lines = new List<HtmlLine>();
        if (string.IsNullOrEmpty(html))
        {
            return lines;
        }
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
                lines.Add(new HtmlLine(text, cellDepth > 0));
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
                AppendText(Decoded(html, i, n));
                break;
            }
            if (lt > i)
            {
                AppendText(Decoded(html, i, lt));
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

    /// <summary>The text between two tags, entities decoded (the substring itself when it holds none).</summary>
    private static string Decoded(string html, int from, int to)
    {
        var chunk = html[from..to];
        return chunk.Contains('&') ? WebUtility.HtmlDecode(chunk) : chunk;
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' || char.IsSurrogate(c);

}
