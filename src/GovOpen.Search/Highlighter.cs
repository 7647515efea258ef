using System.Net;
using System.Text;
using GovOpen.Core.Text;

namespace GovOpen.Search;

/// <summary>
/// Our own highlighter (written before Lucene.Net.Highlighter 4.8.0-beta00017 was available here; it works on the folded text the bigram analyzer sees): marks every occurrence of the query terms in
/// the width-folded, lower-cased text — the same normalization the analyzer applies — and cuts the window with
/// the most matches. Output is HTML-escaped; matches are wrapped in &lt;mark&gt;.
/// </summary>
public static class Highlighter
{
    public const int DefaultSnippetLength = 120;

    /// <summary>Normalizes text the way matching does (width, case, traditional → simplified); keeps the length.</summary>
    internal static string Fold(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Lower-casing a pair of surrogates needs the whole code point: the composed string operations.
            return ScriptVariants.Simplify(ChineseText.FoldWidth(s).ToLowerInvariant());
        }
        // The same three steps, character by character from a table (snippets fold every body they cut).
        return string.Create(s.Length, s, static (span, src) =>
        {
            var table = FoldTable.Value;
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = table[src[i]];
            }
        });
    }

    /// <summary>Each character of the basic plane folded (width, case, script); surrogates map to themselves and are never looked up.</summary>
    private static readonly Lazy<char[]> FoldTable = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            table[c] = char.IsSurrogate(ch) ? ch : ScriptVariants.Simplify(char.ToLowerInvariant(ChineseText.FoldWidth(ch)));
        }
        return table;
    });

    /// <summary>
    /// The folded text without the punctuation between Han characters that the analyzer removes, and for each of its
    /// characters the index in the original, so a match across punctuation maps back onto the original span.
    /// </summary>
    private static (string Text, int[] Map) Project(string text)
    {
        var folded = Fold(text);
        var projected = new StringBuilder(folded.Length);
        var map = new int[folded.Length];
        var n = 0;
        var last = 0;
        foreach (var (at, length) in SearchCharFilters.Bridges(folded))
        {
            Keep(at);
            last = at + length;
        }
        Keep(folded.Length);
        return (projected.ToString(), map);

        void Keep(int end)
        {
            projected.Append(folded, last, end - last);
            for (var i = last; i < end; i++)
            {
                map[n++] = i;
            }
        }
    }

    /// <summary>Spans of all occurrences of the terms, merged where they overlap.</summary>
    internal static List<(int Start, int End)> Matches(string text, IReadOnlyCollection<string> terms)
    {
        var (projected, map) = Project(text);
        var spans = new List<(int, int)>();
        foreach (var term in terms)
        {
            var t = Project(term).Text;
            if (t.Length == 0)
            {
                continue;
            }
            var i = 0;
            while ((i = projected.IndexOf(t, i, StringComparison.Ordinal)) >= 0)
            {
                spans.Add((map[i], map[i + t.Length - 1] + 1));
                i += t.Length;
            }
        }
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in spans)
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }
        return merged;
    }

    /// <summary>The whole text, escaped, with matches marked (for titles).</summary>
    public static string Mark(string text, IReadOnlyCollection<string> terms) => Render(text, 0, text.Length, Matches(text, terms));

    /// <summary>A window of about <paramref name="length"/> characters around the densest matches, escaped and marked.</summary>
    public static string Snippet(string text, IReadOnlyCollection<string> terms, int length = DefaultSnippetLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var matches = Matches(text, terms);
        if (text.Length <= length)
        {
            return Render(text, 0, text.Length, matches);
        }
        var start = 0;
        if (matches.Count > 0)
        {
            // Slide a window over the match starts; keep the one covering most matches.
            var best = 0;
            var bestCount = 0;
            var j = 0;
            for (var i = 0; i < matches.Count; i++)
            {
                while (j < matches.Count && matches[j].End <= matches[i].Start + length)
                {
                    j++;
                }
                if (j - i > bestCount)
                {
                    bestCount = j - i;
                    best = i;
                }
            }
            start = Math.Max(0, matches[best].Start - (length / 5));
            // Prefer starting after a sentence break close before the window.
            var back = start > 0 ? text.LastIndexOfAny(['。', '；', '\n', '！', '？'], start, Math.Min(start + 1, 30)) : -1;
            if (back >= 0 && back < matches[best].Start)
            {
                start = back + 1;
            }
            start = Math.Min(start, text.Length - length);
        }
        var end = Math.Min(text.Length, start + length);
        var body = Render(text, start, end, matches);
        return (start > 0 ? "…" : "") + body + (end < text.Length ? "…" : "");
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var sb = new StringBuilder();
        var pos = start;
        foreach (var (s, e) in matches)
        {
            if (e <= start || s >= end)
            {
                continue;
            }
            var ms = Math.Max(s, start);
            var me = Math.Min(e, end);
            sb.Append(WebUtility.HtmlEncode(text[pos..ms]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[ms..me])).Append("</mark>");
            pos = me;
        }
        sb.Append(WebUtility.HtmlEncode(text[pos..end]));
        return sb.ToString();
    }
}
