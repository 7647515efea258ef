using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GovOpen.Search.Tests;

/// <summary>
/// A filter beneath the query jumps over gaps of excluded documents (<see cref="SkippingScorer"/>) and the index is
/// written in date order so that a year's documents form long runs: the documents found must be exactly the ones a
/// walk over every document finds, whatever the runs, gaps, deletions and segments.
/// </summary>
public sealed class FilterSkipTests : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("govopen-skip").FullName;

    public void Dispose() => System.IO.Directory.Delete(_root, true);

    /// <summary>Filter runs with gaps around the jump threshold, at both ends of a segment, with deleted documents.</summary>
    /// <summary>
    /// Short runs (the filter's bits go beneath the query: <see cref="SkippingScorer"/>) and long runs (the query leaps
    /// from run to run: <see cref="LeapingScorer"/>), with a run at the start, one ending on the last document, and
    /// deleted documents inside runs.
    /// </summary>
    [Theory]
    [InlineData(2_000, 1, false)]
    [InlineData(2_000, 3, false)]
    [InlineData(5_000, 4, false)]
    [InlineData(2_000, 1, true)]
    [InlineData(5_000, 3, true)]
    public void A_filter_with_gaps_of_every_size_finds_exactly_the_walked_documents(int count, int segments, bool longRuns)
    {
        var inFilter = new bool[count];
        // Runs at the start, gaps of 1, Gap - 1, Gap, Gap + 1 and long ones, and the last document.
        var pos = 0;
        var layout = longRuns
            ? new[] { (300, 1), (200, SkippingScorer.Gap + 1), (1, 2), (400, 900), (150, 3), (250, 0) }
            : new[] { (5, 1), (3, SkippingScorer.Gap - 1), (2, SkippingScorer.Gap), (1, SkippingScorer.Gap + 1), (40, 700), (1, 3), (90, 1_000), (7, 2) };
        foreach (var (run, gap) in layout)
        {
            for (var i = 0; i < run && pos < count; i++)
            {
                inFilter[pos++] = true;
            }
            pos += gap;
        }
        inFilter[count - 1] = true;
        var r = new Random(count + segments);
        var terms = Enumerable.Range(0, count).Select(_ => r.Next(3)).ToArray(); // 0: "a b", 1: "a", 2: "b"
        var deleted = Enumerable.Range(0, count).Where(_ => r.Next(50) == 0).ToHashSet();

        using var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(BigramAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(BigramAnalyzer.Version)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            for (var i = 0; i < count; i++)
            {
                var d = new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("f", terms[i] switch { 0 => "a b", 1 => "a", _ => "b" }, Field.Store.NO),
                    new StringField("k", inFilter[i] ? "in" : "out", Field.Store.NO),
                };
                writer.AddDocument(d);
                if ((i + 1) % (count / segments) == 0)
                {
                    writer.Commit(); // a new segment
                }
            }
            foreach (var i in deleted)
            {
                writer.DeleteDocuments(new Term("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        Assert.Equal(segments + (count % segments == 0 ? 0 : 1), reader.Leaves.Count);
        // The layout takes the path it is meant to, in the segment holding most of the filter.
        var fullest = reader.Leaves.Select(leaf => FilterBits.Of(new TermQuery(new Term("k", "in")), leaf)).MaxBy(s => s.Bits.Cardinality)!;
        Assert.Equal(longRuns, fullest.Clustered);
        var searcher = new IndexSearcher(reader);
        var filter = new TermQuery(new Term("k", "in"));

        int[] Found(Query q)
        {
            var hits = searcher.Search(BitsFilter.Apply(q, filter), count);
            return hits.ScoreDocs.Select(sd => int.Parse(searcher.Doc(sd.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        }
        int[] Walked(Func<int, bool> matches) => Enumerable.Range(0, count).Where(i => inFilter[i] && !deleted.Contains(i) && matches(i)).ToArray();

        var termA = new TermQuery(new Term("f", "a"));
        Assert.Equal(Walked(i => terms[i] <= 1), Found(termA));
        var phrase = new PhraseQuery { new Term("f", "a"), new Term("f", "b") };
        Assert.Equal(Walked(i => terms[i] == 0), Found(phrase));
        // A conjunction advances the filtered scorer (Advance), a disjunction walks it (NextDoc).
        var both = new BooleanQuery { { termA, Occur.MUST }, { new TermQuery(new Term("f", "b")), Occur.MUST } };
        Assert.Equal(Walked(i => terms[i] == 0), Found(both));
        var either = new BooleanQuery { { termA, Occur.SHOULD }, { new TermQuery(new Term("f", "b")), Occur.SHOULD } };
        Assert.Equal(Walked(_ => true), Found(either));
        // The filtered query as one clause of a conjunction: its Advance is called with targets of the other clause.
        var nested = new BooleanQuery { { BitsFilter.Apply(termA, filter), Occur.MUST }, { new TermQuery(new Term("f", "b")), Occur.MUST } };
        var nestedHits = searcher.Search(nested, count).ScoreDocs.Select(sd => int.Parse(searcher.Doc(sd.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(Walked(i => terms[i] == 0), nestedHits);
        // Scores are the unfiltered query's.
        var plain = searcher.Search(termA, count).ScoreDocs.ToDictionary(sd => sd.Doc, sd => sd.Score);
        Assert.All(searcher.Search(BitsFilter.Apply(termA, filter), count).ScoreDocs, sd => Assert.Equal(plain[sd.Doc], sd.Score));
    }

    /// <summary>A rebuild writes documents in date order: a year's documents form runs, not one document here and there.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_rebuild_writes_documents_in_date_order(int threads)
    {
        var r = new Random(11);
        var docs = Enumerable.Range(0, 3_000)
            .Select(i => Corpus.Policy($"d{i}", $"示例市关于第{i}项工作的通知", "政务公开，财政资金。", published: new DateOnly(2010 + r.Next(15), 1, 1).AddDays(r.Next(360))))
            .Select(d => d with { Year = d.PublishedDate!.Value.Year })
            .OrderBy(_ => r.Next())
            .ToList();
        Assert.True(Changes(docs.Select(d => d.Year!.Value).ToList()) > 2_500); // the input is shuffled

        var root = Path.Combine(_root, threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var idx = GovSearchIndex.Open(new SearchIndexOptions { Path = root, Clock = new FixedClock(Corpus.Today), IndexingThreads = threads, Kind = SearchIndexKind.Editorial }, () => docs);
        using var dir = FSDirectory.Open(idx.CurrentPath!);
        using var reader = DirectoryReader.Open(dir);
        var written = reader.Leaves.SelectMany(leaf => Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Select(doc => int.Parse(leaf.AtomicReader.Document(doc).Get(Fields.Year), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3_000, written.Count);
        if (threads == 1)
        {
            Assert.Equal(14, Changes(written)); // fifteen years, one run each
        }
        else
        {
            // Each thread takes its documents in order, but Lucene may hand a thread another thread's segment: a year is
            // a few runs (20–55 changes of year in eight runs of this test), not one per document as in the input.
            Assert.True(Changes(written) < 300, $"{Changes(written)} changes of year");
        }

        // And a year filter finds every document of the year.
        foreach (var year in new[] { 2010, 2017, 2024 })
        {
            var result = idx.Search(new SearchQuery { Text = "政务公开", Take = 100, Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = [year.ToString(System.Globalization.CultureInfo.InvariantCulture)] } });
            Assert.Equal(docs.Count(d => d.Year == year), result.Total);
        }
    }

    private static int Changes(List<int> values) => values.Zip(values.Skip(1)).Count(p => p.First != p.Second);

    [Fact]
    public void Runs_are_counted_across_word_boundaries()
    {
        FixedBitSet Bits(params (int From, int To)[] ranges)
        {
            var b = new FixedBitSet(1_000);
            foreach (var (from, to) in ranges)
            {
                b.Set(from, to);
            }
            return b;
        }
        Assert.True(FilterBits.IsClustered(Bits((32, 96)))); // one run of 64 over two words (counted as two, it would not be)
        Assert.True(FilterBits.IsClustered(Bits((0, 64), (128, 192))));
        Assert.False(FilterBits.IsClustered(Bits((0, 64), (128, 191))));
        Assert.True(FilterBits.IsClustered(Bits((936, 1_000))));
        var every = new FixedBitSet(1_000);
        for (var i = 0; i < 1_000; i += 2)
        {
            every.Set(i);
        }
        Assert.False(FilterBits.IsClustered(every));
        Assert.False(FilterBits.IsClustered(new FixedBitSet(1_000)));
    }

    [Fact]
    public void Date_order_is_newest_year_then_newest_publication_date_then_id_with_undated_documents_last()
    {
        SearchDocument Doc(string id, int? year, DateOnly? published) => Corpus.Policy(id, "标题", "正文") with { Year = year, PublishedDate = published };
        var ordered = DocumentWriter.InDateOrder([
            Doc("z", null, null),
            Doc("b", 2024, new DateOnly(2024, 5, 1)),
            Doc("a", 2024, new DateOnly(2024, 5, 1)),
            Doc("c", 2023, new DateOnly(2024, 1, 2)), // year from its 文号: the year filter's field decides
            Doc("d", null, new DateOnly(2020, 1, 1)),
        ]).Select(d => d.Id);
        Assert.Equal(["a", "b", "c", "d", "z"], ordered);
    }
}
