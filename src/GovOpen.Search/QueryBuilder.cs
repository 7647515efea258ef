using System.Text;
using System.Text.RegularExpressions;
using GovOpen.Core;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;
using GovOpen.Core.Validity;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GovOpen.Search;

/// <summary>
/// Turns user input into a Lucene query without Lucene's query parser, so no input is syntax: every character
/// is text. Terms (space-separated, or quoted) are ANDed; each term is a phrase of bigrams over title (boosted)
/// and body; a one-character term uses the title unigram field and body bigram prefixes; a 文号 goes to the exact
/// keyword field and leads the ranking.
/// </summary>
internal static partial class QueryBuilder
{
    public const float TitleBoost = 3f;
    public const float ExactNumberBoost = 1000f;
    public const float SeriesBoost = 20f;

    /// <summary>A query that is a document's whole title (however punctuated) puts that document first.</summary>
    public const float ExactTitleBoost = 50f;

    internal sealed record Built(Query? TextQuery, IReadOnlyList<string> HighlightTerms, string CleanText, string? DocumentNumber, List<Issue> Warnings);

    [GeneratedRegex(@"^(?<agency>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,24})〔(?<year>[0-9]{4})〕?$")]
    private static partial Regex SeriesForm();

    public static string Clean(string? text, List<Issue> warnings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        // Control characters and unpaired surrogates become spaces; nothing else is special.
        var sb = new StringBuilder(Math.Min(text.Length, SearchQuery.MaxTextLength * 4));
        for (var i = 0; i < text.Length && sb.Length < SearchQuery.MaxTextLength * 4; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }
        var cleaned = Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
        if (cleaned.Length > SearchQuery.MaxTextLength || text.Length > SearchQuery.MaxTextLength * 4)
        {
            cleaned = cleaned[..Math.Min(cleaned.Length, SearchQuery.MaxTextLength)];
            if (char.IsHighSurrogate(cleaned[^1]))
            {
                cleaned = cleaned[..^1];
            }
            warnings.Add(Issue.Warn("q", "too-long", $"检索词过长，只使用前{SearchQuery.MaxTextLength}个字符", $"The query is longer than {SearchQuery.MaxTextLength} characters; only the first {SearchQuery.MaxTextLength} are used."));
        }
        return cleaned;
    }

    public static Built Build(string? rawText, bool titleOnly)
    {
        var warnings = new List<Issue>();
        var text = Clean(rawText, warnings);
        if (text.Length == 0)
        {
            return new Built(null, [], "", null, warnings);
        }

        // A whole query that is a 文号: exact keyword match first, then anything citing it.
        var number = DocumentNumberParser.Parse(text);
        if (number.Value is { } n)
        {
            var q = new BooleanQuery
            {
                { new TermQuery(new Term(Fields.DocNum, n.CanonicalKey)) { Boost = ExactNumberBoost }, Occur.SHOULD },
                // Citations in running text: 号 is usually followed by 文件 and forms the bigram 号文, so the phrase stops at the number.
                { TextTermQuery(n.Normalized.TrimEnd('号'), titleOnly) ?? new BooleanQuery(), Occur.SHOULD },
            };
            return new Built(q, [Highlighter.Fold(n.Normalized)], text, n.Normalized, warnings);
        }

        // A series: 京政办发〔2017〕 (also typed with other brackets) lists that series.
        var compact = DocumentNumberParser.Compact(text, out _);
        var series = SeriesForm().Match(compact);
        if (series.Success && series.Groups["year"].Success && compact.Contains('〔'))
        {
            var prefix = $"{series.Groups["agency"].Value}〔{series.Groups["year"].Value}〕";
            return new Built(new PrefixQuery(new Term(Fields.DocNum, prefix)), [Highlighter.Fold(prefix)], text, null, warnings);
        }

        var terms = SplitTerms(text);
        if (terms.Count > SearchQuery.MaxTerms)
        {
            terms = terms.Take(SearchQuery.MaxTerms).ToList();
            warnings.Add(Issue.Warn("q", "too-many-terms", $"检索词过多，只使用前{SearchQuery.MaxTerms}个", $"Only the first {SearchQuery.MaxTerms} terms are used."));
        }
        var all = new BooleanQuery();
        var highlight = new List<string>();
        foreach (var t in terms)
        {
            var q = TextTermQuery(t, titleOnly);
            if (q is null)
            {
                continue; // punctuation only
            }
            all.Add(q, Occur.MUST);
            highlight.Add(Highlighter.Fold(t));
        }
        if (all.Clauses.Count == 0)
        {
            return new Built(null, [], text, null, warnings);
        }
        if (SearchSchema.TitleKeyOf(text) is { Length: >= 4 } titleKey)
        {
            all.Add(new TermQuery(new Term(Fields.TitleKey, titleKey)) { Boost = ExactTitleBoost }, Occur.SHOULD);
        }
        return new Built(all, highlight, text, null, warnings);
    }

    /// <summary>Share of a query's character pairs a document must hold to be a partial match.</summary>
    public const double PartialShare = 0.7;

    /// <summary>Fewest distinct character pairs a query needs for a partial match (five characters).</summary>
    public const int PartialMinPairs = 4;

    internal sealed record RelaxedQuery(Query Query, IReadOnlyList<string> HighlightTerms, IReadOnlySet<string> Pairs);

    /// <summary>The distinct character pairs (bigrams of Chinese characters) of a text, as the analyzer makes them.</summary>
    internal static HashSet<string> Pairs(string text) =>
        Analyzers.Tokens(Analyzers.Bigram, Fields.Body, text).Where(t => t.Term.Length == 2 && ChineseText.IsHan(t.Term[0])).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The fallback when nothing matches the whole query: each character pair (bigram) of the query in title (boosted) or
    /// body, anywhere, and at least <see cref="PartialShare"/> of them in one document — so a title
    /// typed from memory (一字之差: 账号 for 账户) or one word too many still finds the document, ranked
    /// by how many pairs it holds. Null for queries of fewer than <see cref="PartialMinPairs"/> pairs (five characters):
    /// of three pairs 70 % is all three, so a four-character query would only be found scattered, never with a variant.
    /// Highlighting marks the query's three-character runs (its pairs
    /// when a term is shorter), so a snippet shows where most of the query stands rather than every common pair.
    /// </summary>
    internal static RelaxedQuery? Relaxed(string text, bool titleOnly)
    {
        var pairs = new List<string>();
        var highlight = new List<string>();
        foreach (var term in SplitTerms(text))
        {
            var tokens = Analyzers.Tokens(Analyzers.Bigram, Fields.Body, term);
            var termPairs = tokens.Where(t => t.Term.Length == 2 && ChineseText.IsHan(t.Term[0])).Select(t => t.Term).ToList();
            foreach (var p in termPairs)
            {
                if (!pairs.Contains(p))
                {
                    pairs.Add(p);
                }
            }
            // Runs of three: consecutive pairs that overlap by one character.
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].Term.Length == 2 && tokens[i + 1].Term.Length == 2 && tokens[i + 1].Position == tokens[i].Position + 1 && tokens[i].Term[1] == tokens[i + 1].Term[0])
                {
                    highlight.Add(Highlighter.Fold(tokens[i].Term + tokens[i + 1].Term[1]));
                }
            }
            if (termPairs.Count is 1)
            {
                highlight.Add(Highlighter.Fold(termPairs[0]));
            }
        }
        if (pairs.Count < PartialMinPairs)
        {
            return null;
        }
        var q = new BooleanQuery();
        foreach (var p in pairs.Take(BooleanQuery.MaxClauseCount / 2))
        {
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(Fields.Title, p)) { Boost = TitleBoost }, Occur.SHOULD },
            };
            if (!titleOnly)
            {
                either.Add(new TermQuery(new Term(Fields.Body, p)), Occur.SHOULD);
            }
            q.Add(either, Occur.SHOULD);
        }
        q.MinimumNumberShouldMatch = (int)Math.Ceiling(q.Clauses.Count * PartialShare);
        return new RelaxedQuery(q, highlight, pairs.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Splits on spaces; text in balanced quotes stays together (unbalanced quotes are plain characters).</summary>
    internal static List<string> SplitTerms(string text)
    {
        var terms = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        var quoteCount = text.Count(c => c is '"' or '“' or '”');
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”' && quoteCount % 2 == 0)
            {
                quoted = !quoted;
                Flush();
            }
            else if (c == ' ' && !quoted)
            {
                Flush();
            }
            else
            {
                sb.Append(c);
            }
        }
        Flush();
        return terms;

        void Flush()
        {
            var s = sb.ToString().Trim();
            if (s.Length > 0)
            {
                terms.Add(s);
            }
            sb.Clear();
        }
    }

    /// <summary>One term over title (boosted) and body; null when the term has no indexable characters.</summary>
    internal static Query? TextTermQuery(string term, bool titleOnly)
    {
        var tokens = Analyzers.Tokens(Analyzers.Bigram, Fields.Body, term);
        if (tokens.Count == 0)
        {
            return null;
        }
        var q = new BooleanQuery();
        if (tokens.Count == 1 && tokens[0].Term.Length == 1 && ChineseText.IsHan(tokens[0].Term[0]))
        {
            // One Han character: title unigrams, and body bigrams starting with it (or the lone character).
            var ch = tokens[0].Term;
            q.Add(new TermQuery(new Term(Fields.TitleUnigram, ch)) { Boost = TitleBoost }, Occur.SHOULD);
            if (!titleOnly)
            {
                q.Add(new PrefixQuery(new Term(Fields.Body, ch)), Occur.SHOULD);
            }
            return q;
        }
        q.Add(Phrase(Fields.Title, tokens, TitleBoost), Occur.SHOULD);
        if (!titleOnly)
        {
            q.Add(Phrase(Fields.Body, tokens, 1f), Occur.SHOULD);
        }
        // An agency code alone (国办发) also lists its series.
        if (term.Length is >= 2 and <= 12 && term.All(ChineseText.IsHan) && (term.EndsWith('发') || term.EndsWith('函') || term.EndsWith('规') || term.EndsWith('字')))
        {
            q.Add(new PrefixQuery(new Term(Fields.DocNum, term + "〔")) { Boost = SeriesBoost }, Occur.SHOULD);
        }
        return q;
    }

    private static Query Phrase(string field, List<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }
        var p = new PhraseQuery { Boost = boost };
        foreach (var (t, pos) in tokens)
        {
            p.Add(new Term(field, t), pos);
        }
        return p;
    }

    /// <summary>The filter query for the accepted filters, or null; unknown keys and bad values become warnings.</summary>
    public static Query? Filter(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? exceptKey, List<Issue> warnings)
    {
        var all = new BooleanQuery();
        foreach (var (rawKey, values) in filters)
        {
            var key = rawKey.ToLowerInvariant();
            if (!SearchQuery.FilterKeys.Contains(key))
            {
                if (exceptKey is null)
                {
                    warnings.Add(Issue.Warn("filter", "unknown-key", $"未知的筛选条件“{Trim(rawKey)}”，已忽略", $"Unknown filter '{Trim(rawKey)}' ignored."));
                }
                continue;
            }
            if (key == exceptKey)
            {
                continue;
            }
            var any = new BooleanQuery();
            foreach (var raw in values.Where(v => !string.IsNullOrWhiteSpace(v)).Take(20))
            {
                var v = raw.Trim();
                if (key == "path" && v.StartsWith('/') && v.Length <= 500)
                {
                    any.Add(new PrefixQuery(new Term(Fields.Route, v)), Occur.SHOULD);
                }
                else if (FilterTerm(key, v) is { } term)
                {
                    any.Add(new TermQuery(term), Occur.SHOULD);
                }
                else if (exceptKey is null)
                {
                    warnings.Add(Issue.Warn("filter", "bad-value", $"筛选条件“{key}”的值“{Trim(v)}”无效，已忽略", $"Invalid value '{Trim(v)}' for filter '{key}' ignored."));
                }
            }
            if (any.Clauses.Count > 0)
            {
                all.Add(any, Occur.MUST);
            }
        }
        return all.Clauses.Count == 0 ? null : all;
    }

    private static string Trim(string s) => s.Length > 30 ? s[..30] + "…" : s;

    internal static Term? FilterTerm(string key, string value)
    {
        if (value.Length > 200)
        {
            return null;
        }
        switch (key)
        {
            case "type":
                return SearchContentTypes.All.Contains(value) ? new Term(Fields.Type, value) : null;
            case "year":
                return int.TryParse(value, out var y) && y is >= 1949 and <= 2100 ? new Term(Fields.Year, y.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
            case "validity":
                return ValidityNames.TryParse(value, out var s) ? new Term(Fields.Validity, s.Name()) : null;
            case "topic":
                var normalized = TopicTaxonomy.Normalize(value);
                return normalized.Contains(TopicTaxonomy.Separator) ? new Term(Fields.Topic, normalized) : new Term(Fields.TopicTop, normalized);
            case "genre":
                return new Term(Fields.Genre, DocumentGenres.TryParse(value, out var g) ? g.Name() : value);
            case "issuer":
                return new Term(Fields.Issuer, value);
            case "id":
                return new Term(Fields.Id, value);
            default:
                return null;
        }
    }
}
