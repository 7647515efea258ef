using System.Globalization;
using System.Text;
using GovOpen.Search;

namespace GovOpen.Bench;

/// <summary>
/// Synthetic documents written in words whose frequencies were counted on real Chinese text: the word list and
/// counts of jieba's dictionary (Debian package python3-jieba, MIT licence: 349,046 words with corpus counts and
/// parts of speech). The fragment corpus (<see cref="Corpus"/>) combines 80 × 48 phrases, so any 4 characters cut
/// from one body occur in a third of all bodies; real libraries are far less repetitive. Here each document mixes
/// the general word distribution with a topic's own vocabulary (a few hundred content words, Zipf-weighted), repeats
/// its own words (real documents are bursty), and opens with the boilerplate real notices share. Lengths are
/// log-normal. Deterministic for a seed; each document depends only on the seed and its number.
/// What this is not: real text. Word order is random within a sentence, so phrases cut across words are rarer
/// than in real prose, and document lengths are an assumption (median about 1,000 characters, like the fragment
/// corpus, so the two are comparable), not measured on real documents.
/// </summary>
public sealed class WordCorpus
{
    public const string DefaultDictionary = "/usr/lib/python3/dist-packages/jieba/dict.txt";

    private const int TopicCount = 400;
    private const int TopicWords = 300;
    private const int TopicPhrases = 200;
    private const int GeneralPhrases = 20_000;
    private const int GeneralWords = 30_000;

    private static readonly string[] Openers =
    [
        "为深入贯彻落实党中央、国务院决策部署，", "根据《中华人民共和国政府信息公开条例》，", "为进一步规范工作程序，", "经市政府同意，现将有关事项通知如下：",
        "结合本市实际，", "为切实保障人民群众合法权益，", "现就有关事项通知如下：", "",
    ];

    private static readonly string[] Closers =
    [
        "本通知自印发之日起施行。", "本办法自发布之日起施行，有效期5年。", "请结合实际，认真贯彻执行。", "特此通知。", "",
    ];

    private static readonly string[] TitleKinds = ["的通知", "的实施意见", "的若干措施", "的工作方案", "的管理办法", "的实施细则", "的批复", "的决定"];

    // Issuers, their 文号 codes and the 主题分类 are the fragment corpus's (Corpus), so both corpora share their metadata.
    private static string[] Issuers => Corpus.Issuers;

    private static string[] Codes => Corpus.Codes;

    private static string[] Topics => Corpus.Topics;

    private readonly int _seed;
    private readonly string[] _words;
    private readonly AliasTable _general;
    private readonly int[][] _topicWords;
    private readonly AliasTable _topicRank;
    private readonly AliasTable _topicOfDoc;
    private readonly string[] _phrases;
    private readonly AliasTable _phraseRank;
    private readonly string[][] _topicPhrases;
    private readonly AliasTable _topicPhraseRank;

    public WordCorpus(string dictionaryPath = DefaultDictionary, int seed = 42)
    {
        if (!File.Exists(dictionaryPath))
        {
            throw new FileNotFoundException($"The word list {dictionaryPath} is missing: apt-get install -y python3-jieba (or run bench/search-bench.sh, which installs it).", dictionaryPath);
        }
        _seed = seed;
        var words = new List<string>(350_000);
        var counts = new List<double>(350_000);
        var content = new List<int>();
        foreach (var line in File.ReadLines(dictionaryPath))
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || !parts[0].All(c => c is >= '\u4e00' and <= '\u9fff') || parts[0].Length > 6
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                continue;
            }
            // Names of people and places (nr, ns) are left out: a policy library uses few of them.
            var pos = parts.Length > 2 ? parts[2] : "";
            if (pos is "nr" or "nrt" or "nrfg" or "ns" or "nt")
            {
                continue;
            }
            words.Add(parts[0]);
            counts.Add(count);
            if (pos is "n" or "vn" or "v" or "l" or "nz" or "an" && parts[0].Length is >= 2 and <= 4 && count is >= 20 and <= 50_000)
            {
                content.Add(words.Count - 1);
            }
        }
        _words = [.. words];
        // A policy library's working vocabulary is far smaller than a newspaper's: general text draws from the
        // most frequent words only (topic vocabularies reach further into the list).
        var cutoff = counts.OrderDescending().ElementAt(Math.Min(GeneralWords, counts.Count) - 1);
        _general = new AliasTable(counts.Select(c => c >= cutoff ? c : 0).ToList());
        var r = new Random(seed);
        _topicWords = new int[TopicCount][];
        for (var t = 0; t < TopicCount; t++)
        {
            var chosen = new int[TopicWords];
            for (var i = 0; i < TopicWords; i++)
            {
                chosen[i] = content[r.Next(content.Count)];
            }
            _topicWords[t] = chosen;
        }
        // Within a topic, and among topics, weight falls with rank (Zipf, exponent 1).
        _topicRank = new AliasTable(Enumerable.Range(1, TopicWords).Select(k => 1.0 / k).ToList());
        _topicOfDoc = new AliasTable(Enumerable.Range(1, TopicCount).Select(k => 1.0 / k).ToList());
        // Real prose repeats collocations (推进…工作, 加强…管理): text is written in phrases of one to three words,
        // drawn once from the word distributions and then reused with Zipf weights, globally and per topic.
        _phrases = new string[GeneralPhrases];
        for (var i = 0; i < GeneralPhrases; i++)
        {
            _phrases[i] = Phrase(r, () => _general.Next(r));
        }
        _phraseRank = new AliasTable(Enumerable.Range(1, GeneralPhrases).Select(k => 1.0 / k).ToList());
        _topicPhrases = new string[TopicCount][];
        for (var t = 0; t < TopicCount; t++)
        {
            var own = _topicWords[t];
            _topicPhrases[t] = Enumerable.Range(0, TopicPhrases).Select(_ => Phrase(r, () => r.Next(3) == 0 ? _general.Next(r) : own[_topicRank.Next(r)])).ToArray();
        }
        _topicPhraseRank = new AliasTable(Enumerable.Range(1, TopicPhrases).Select(k => 1.0 / k).ToList());
        WordCount = _words.Length;
        ContentWordCount = content.Count;
    }

    private string Phrase(Random r, Func<int> word)
    {
        var n = r.Next(1, 4);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Append(_words[word()]);
        }
        return sb.ToString();
    }

    public int WordCount { get; }

    public int ContentWordCount { get; }

    /// <summary>Documents 0…count−1, generated in parallel.</summary>
    public List<SearchDocument> Generate(int count)
    {
        var docs = new SearchDocument[count];
        Parallel.For(0, count, i => docs[i] = Document(i));
        return [.. docs];
    }

    /// <summary>Document number <paramref name="i"/>: the same for the same seed, whatever else is generated.</summary>
    public SearchDocument Document(int i)
    {
        var r = new Random(unchecked(_seed * 1_000_003 + i)); // not HashCode.Combine: it is seeded per process
        var topic = _topicOfDoc.Next(r);
        var second = _topicOfDoc.Next(r);
        // Log-normal length: median 1,000 characters, σ 0.6 (about 380–2,600 characters for the middle 90%).
        var target = (int)Math.Clamp(Math.Exp(Math.Log(1000) + 0.6 * Gaussian(r)), 150, 12_000);
        var used = new List<string>(256);
        var body = new StringBuilder(target + 64);
        body.Append(Openers[r.Next(Openers.Length)]);
        while (body.Length < target)
        {
            var chunks = r.Next(3, 9);
            for (var c = 0; c < chunks; c++)
            {
                var p = r.NextDouble();
                var chunk = p < 0.15 && used.Count > 0 ? used[r.Next(used.Count)]
                    : p < 0.40 ? _topicPhrases[topic][_topicPhraseRank.Next(r)]
                    : p < 0.45 ? _topicPhrases[second][_topicPhraseRank.Next(r)]
                    : p < 0.90 ? _phrases[_phraseRank.Next(r)]
                    : _words[_general.Next(r)];
                used.Add(chunk);
                body.Append(chunk);
            }
            body.Append(r.Next(10) < 6 ? '，' : '。');
        }
        body.Append(Closers[r.Next(Closers.Length)]);
        var issuer = r.Next(Issuers.Length);
        var year = 2008 + r.Next(19);
        var day = new DateOnly(year, 1, 1).AddDays(r.Next(360));
        var titleWords = _topicWords[topic][_topicRank.Next(r)] is var a && _topicWords[topic][_topicRank.Next(r)] is var b ? _words[a] + _words[b] : "";
        return new SearchDocument
        {
            Id = $"d{i}",
            ContentType = SearchContentTypes.Policy,
            Title = $"{Issuers[issuer]}关于{titleWords}{TitleKinds[r.Next(TitleKinds.Length)]}",
            Body = body.ToString(),
            // The number within the year is the document number itself, so it stays unique without a shared counter.
            DocumentNumber = $"{Codes[issuer]}〔{year}〕{i + 1}号",
            Issuers = [Issuers[issuer]],
            Topic = Topics[topic % Topics.Length],
            Genre = "通知",
            Year = year,
            SignedDate = day,
            PublishedDate = day.AddDays(3),
            Validity = r.Next(10) < 8 ? "现行有效" : (r.Next(2) == 0 ? "已废止" : "已失效"),
        };
    }

    private static double Gaussian(Random r) =>
        Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    /// <summary>Vose's alias method: one draw from a discrete distribution in constant time.</summary>
    private sealed class AliasTable
    {
        private readonly double[] _probability;
        private readonly int[] _alias;

        public AliasTable(IReadOnlyList<double> weights)
        {
            var n = weights.Count;
            _probability = new double[n];
            _alias = new int[n];
            var total = weights.Sum();
            var scaled = weights.Select(w => w * n / total).ToArray();
            var small = new Stack<int>();
            var large = new Stack<int>();
            for (var i = 0; i < n; i++)
            {
                (scaled[i] < 1 ? small : large).Push(i);
            }
            while (small.Count > 0 && large.Count > 0)
            {
                var s = small.Pop();
                var l = large.Pop();
                _probability[s] = scaled[s];
                _alias[s] = l;
                scaled[l] = scaled[l] + scaled[s] - 1;
                (scaled[l] < 1 ? small : large).Push(l);
            }
            foreach (var i in large.Concat(small))
            {
                _probability[i] = 1;
            }
        }

        public int Next(Random r)
        {
            var i = r.Next(_probability.Length);
            return r.NextDouble() < _probability[i] ? i : _alias[i];
        }
    }
}
