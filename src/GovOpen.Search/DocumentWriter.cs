using GovOpen.Core.Disclosure;
using Lucene.Net.Index;

namespace GovOpen.Search;

/// <summary>
/// Writes <see cref="SearchDocument"/>s into an index writer, in parallel: the public index's gate (what may not
/// appear publicly is left out, or removed when updating), then <see cref="SearchSchema.ToLucene"/>. Documents are
/// written in date order, newest first (<see cref="InDateOrder"/>): each writing thread takes them in turn, so a year's
/// documents lie in a few long runs (5–16 per year at a million documents), which a year filter leaps between
/// (<see cref="BitsFilter"/>) instead of documents scattered over the whole index.
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

    /// <summary>
    /// Newest first: year (the year filter's field), then publication date, both descending, then id; documents
    /// without a date last. Newest first, not oldest: lists sort by date descending and relevance ties by recency, so
    /// after the first page's worth of documents hardly any later one displaces a kept one (written oldest first,
    /// every document of a list did, and a year's list page cost 40 % more).
    /// </summary>
    internal static IEnumerable<SearchDocument> InDateOrder(IEnumerable<SearchDocument> docs) => docs
        .OrderByDescending(d => d.Year ?? d.PublishedDate?.Year ?? int.MinValue)
        .ThenByDescending(d => d.PublishedDate ?? DateOnly.MinValue)
        .ThenBy(d => d.Id, StringComparer.Ordinal);
}
