using System.Security.Cryptography;
using System.Text.Json;

namespace GovOpen.Search;

/// <summary>
/// The identity of an index: a digest of exactly the documents it holds, in their order, and of the code that turns
/// them into an index (this assembly, Core's, Lucene's, and the options that change what is written). Two indexes
/// with the same identity hold the same thing, so a site that restarts on the same content may open the index it
/// built before instead of building it again; anything that would change a single indexed value — an item
/// withdrawn, a word edited, a new day's validity, a new release — gives another identity and a fresh build.
/// </summary>
public static class IndexIdentity
{
    private const string Format = "govopen-index-identity/1";

    /// <summary>64 lower-case hex digits (SHA-256), usable as a directory name.</summary>
    public static string Of(IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, string.Join('\n', Format,
            typeof(IndexIdentity).Assembly.ManifestModule.ModuleVersionId,
            typeof(Core.Content.ContentItem).Assembly.ManifestModule.ModuleVersionId,
            typeof(Lucene.Net.Index.IndexWriter).Assembly.FullName,
            options.Kind, options.MaxBodyLength, documents.Count));
        // Each document's own digest (made in parallel: a large site's start), then the sequence of them in order.
        var each = new byte[documents.Count * SHA256.HashSizeInBytes];
        Parallel.For(0, documents.Count, i => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(documents[i]), each.AsSpan(i * SHA256.HashSizeInBytes, SHA256.HashSizeInBytes)));
        hash.AppendData(each);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether a name is one <see cref="Of"/> gives.</summary>
    public static bool IsIdentity(string? name) => name is { Length: 64 } && name.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    // The header is length-prefixed and every document digest has the same size, so no two different headers and
    // sequences of documents hash the same bytes.
    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
