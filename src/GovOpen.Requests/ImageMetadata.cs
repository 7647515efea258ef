using System.Buffers.Binary;

namespace GovOpen.Requests;

/// <summary>
/// Takes the metadata out of an uploaded photo or scan before the register keeps it: a phone's picture of an ID card
/// carries where and when it was taken, the device and often a thumbnail (JPEG APP1 Exif/XMP, APP13 IPTC, comments;
/// PNG eXIf and text chunks). The image data is left byte for byte; a file that does not parse as its format is kept
/// as it was (the store's content check has already refused files that are not what their extension says).
/// </summary>
public static class ImageMetadata
{
    /// <summary>The image without its metadata, or the bytes unchanged when it is not a JPEG or PNG that parses.</summary>
    public static byte[] Strip(byte[] bytes) =>
        IsJpeg(bytes) ? StripJpeg(bytes) ?? bytes
        : IsPng(bytes) ? StripPng(bytes) ?? bytes
        : bytes;

    private static bool IsJpeg(byte[] b) => b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static bool IsPng(byte[] b) => b.Length > 8 && b.AsSpan(0, 8).SequenceEqual(PngSignature);

    /// <summary>
    /// Copies the segments before the scan, leaving out APP1 (Exif, XMP), APP2–APP13 and APP15 (an APP2 ICC profile and
    /// APP14 stay: they say how the colours are meant) and COM; from the start of scan on everything is copied as it is.
    /// </summary>
    private static byte[]? StripJpeg(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(b, 0, 2);
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }
            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            if (marker is 0xDA or 0xD9)
            {
                output.Write(b, i, b.Length - i); // start of scan (or end): the image data and what follows, untouched
                return output.ToArray();
            }
            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                output.Write(b, i, 2); // markers without a length
                i += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2, 2));
            if (length < 2 || i + 2 + length > b.Length)
            {
                return null;
            }
            // Metadata: comments, and APP1–APP15 except APP14 (Adobe colour transform) and an APP2 ICC profile.
            var metadata = marker == 0xFE || (marker is >= 0xE1 and <= 0xEF && marker != 0xEE && !IsIccProfile(b, i, length));
            if (!metadata)
            {
                output.Write(b, i, 2 + length);
            }
            i += 2 + length;
        }
        return null;
    }

    /// <summary>An APP2 segment holding an ICC colour profile (kept: it is how the colours are meant, not about the person).</summary>
    private static bool IsIccProfile(byte[] b, int at, int length) =>
        b[at + 1] == 0xE2 && length >= 14 && b.AsSpan(at + 4, 12).SequenceEqual("ICC_PROFILE\0"u8);

    /// <summary>PNG chunks that are metadata: Exif, text (tEXt, zTXt, iTXt) and the modification time.</summary>
    private static readonly HashSet<string> PngMetadata = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"];

    private static byte[]? StripPng(byte[] b)
    {
        using var output = new MemoryStream(b.Length);
        output.Write(PngSignature);
        var i = 8;
        while (i + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(i, 4));
            if (length > int.MaxValue || i + 12 + (long)length > b.Length)
            {
                return null;
            }
            var type = System.Text.Encoding.ASCII.GetString(b, i + 4, 4);
            var size = 12 + (int)length;
            if (!PngMetadata.Contains(type))
            {
                output.Write(b, i, size);
            }
            i += size;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }
        return null;
    }
}
