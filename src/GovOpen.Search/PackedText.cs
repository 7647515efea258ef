using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using K4os.Compression.LZ4;
using Lucene.Net.Util;

namespace GovOpen.Search;

/// <summary>
/// A body as the index stores it: UTF-8, compressed as one LZ4 block behind its length (4 bytes, little-endian).
/// Lucene 4.8 compresses stored fields itself, in chunks of about 16 KB that are decompressed from their start for
/// every document read, and Lucene.Net does it a byte and a small copy at a time: about 0.1 ms per hit at 1,000,000
/// documents, half of a query's median. A body packed here is already compressed, so Lucene's pass over the chunk is a
/// few long copies, and unpacking one body is a few microseconds (docs/benchmarks.md).
/// </summary>
internal static class PackedText
{
    public static byte[] Pack(string text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, utf8);
            var packed = new byte[4 + LZ4Codec.MaximumOutputSize(length)];
            BinaryPrimitives.WriteInt32LittleEndian(packed, length);
            var written = LZ4Codec.Encode(utf8.AsSpan(0, length), packed.AsSpan(4), LZ4Level.L00_FAST);
            return packed[..(4 + written)];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>The text of a packed value; empty for none. Throws on a value that is not one (a damaged index).</summary>
    public static string Unpack(BytesRef? packed)
    {
        if (packed is null || packed.Length == 0)
        {
            return "";
        }
        var source = packed.Bytes.AsSpan(packed.Offset, packed.Length);
        var length = BinaryPrimitives.ReadInt32LittleEndian(source);
        var utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            if (length < 0 || LZ4Codec.Decode(source[4..], utf8.AsSpan(0, length)) != length)
            {
                throw new InvalidDataException($"A stored body in the search index is damaged (field {Fields.BodyPacked}); rebuild the index.");
            }
            return Encoding.UTF8.GetString(utf8, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
