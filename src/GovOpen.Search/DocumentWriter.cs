using GovOpen.Core.Disclosure;
using Lucene.Net.Index;

namespace GovOpen.Search;

/// <summary>
/// Writes <see cref="SearchDocument"/>s into an index writer, in parallel: the public index's gate (what may not
/// appear publicly is left out, or removed when updating), then <see cref="SearchSchema.ToLucene"/>. Documents are
/// written in date order (<see cref="InDateOrder"/>): each writing thread takes them in turn, so every segment holds
/// a year's documents as one run, and a year filter is a few long runs the search jumps between
/// (<see cref="SkippingScorer"/>) instead of documents scattered over the whole index.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>
    /// Adds <paramref name="docs"/> (or, with <paramref name="update"/>, replaces them by id) and returns how many
    /// are now indexed. Does not commit.
    /// </summary>
    public static int AddAll(IndexWriter writer, IEnumerable<SearchDocument> docs, SearchIndexOptions options, bool update = false)
    {
        var today = options.Clock.Today;
        var count = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.IndexingThreads) };
        Parallel.ForEach(InDateOrder(docs), parallel, doc =>
        {
            var idTerm = new Term(Fields.Id, doc.Id);
            if (options.Kind == SearchIndexKind.Public && !PublicSurface.MayAppear(doc.Disclosure, doc.PublishedDate, today))
            {
                if (update)
                {
                    writer.DeleteDocuments(idTerm);
                }
                return;
            }
            var d = SearchSchema.ToLucene(doc, options.MaxBodyLength);
            if (update)
            {
                writer.UpdateDocument(idTerm, d);
            }
            else
            {
                writer.AddDocument(d);
            }
            Interlocked.Increment(ref count);
        });
        return count;
    }

    /// <summary>Year (the year filter's field), then publication date, then id; documents without a date last.</summary>
    internal static IEnumerable<SearchDocument> InDateOrder(IEnumerable<SearchDocument> docs) => docs
        .OrderBy(d => d.Year ?? d.PublishedDate?.Year ?? int.MaxValue)
        .ThenBy(d => d.PublishedDate ?? DateOnly.MaxValue)
        .ThenBy(d => d.Id, StringComparer.Ordinal);
}
