using System.Buffers.Binary;

namespace GovOpen.Requests.Tests;

/// <summary>
/// Photos and scans an applicant uploads lose their metadata (Exif with GPS, comments, text chunks) before the register
/// keeps them; the image data stays byte for byte, and what is not an image that parses is kept as it came.
/// </summary>
public sealed class ImageMetadataTests
{
    private static byte[] Segment(byte marker, byte[] payload)
    {
        var s = new byte[4 + payload.Length];
        s[0] = 0xFF;
        s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(s, 4);
        return s;
    }

    private static readonly byte[] Jfif = Segment(0xE0, "JFIF\0\x01\x01\0\0\x01\0\x01\0\0"u8.ToArray());
    private static readonly byte[] Exif = Segment(0xE1, "Exif\0\0GPSLatitude 39.9042 GPSLongitude 116.4074 iPhone"u8.ToArray());
    private static readonly byte[] Comment = Segment(0xFE, "拍摄于示例市某小区"u8.ToArray());
    private static readonly byte[] Icc = Segment(0xE2, "ICC_PROFILE\0\x01\x01profile"u8.ToArray());
    private static readonly byte[] Quant = Segment(0xDB, new byte[65]);
    private static readonly byte[] Scan = [.. Segment(0xDA, new byte[10]), 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9];

    private static byte[] Jpeg(params byte[][] segments) => [0xFF, 0xD8, .. segments.SelectMany(s => s)];

    [Fact]
    public void A_jpeg_loses_exif_and_comments_and_keeps_its_colour_profile_and_image_data()
    {
        var stripped = ImageMetadata.Strip(Jpeg(Jfif, Exif, Comment, Icc, Quant, Scan));
        Assert.Equal(Jpeg(Jfif, Icc, Quant, Scan), stripped);
        Assert.DoesNotContain("GPS", System.Text.Encoding.Latin1.GetString(stripped));
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        c[^1] = (byte)data.Length; // the CRC is copied, not checked: any value stands for it here
        return c;
    }

    private static byte[] Png(params byte[][] chunks) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. chunks.SelectMany(c => c)];

    [Fact]
    public void A_png_loses_its_text_exif_and_time_chunks_and_keeps_the_rest_in_order()
    {
        var header = Chunk("IHDR", new byte[13]);
        var data = Chunk("IDAT", [1, 2, 3, 4]);
        var end = Chunk("IEND", []);
        var withMetadata = Png(header, Chunk("tEXt", "Author\0张三"u8.ToArray()), Chunk("eXIf", "GPS"u8.ToArray()), Chunk("tIME", new byte[7]), data, Chunk("iTXt", "Location\0\0\0\0\0示例市"u8.ToArray()), end);
        Assert.Equal(Png(header, data, end), ImageMetadata.Strip(withMetadata));
    }

    [Fact]
    public void What_is_not_an_image_that_parses_is_kept_as_it_came()
    {
        byte[] pdf = "%PDF-1.4 sample"u8.ToArray();
        Assert.Same(pdf, ImageMetadata.Strip(pdf));
        byte[] truncated = [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 1, 2]; // a segment longer than the file
        Assert.Same(truncated, ImageMetadata.Strip(truncated));
        byte[] pngCut = Png(Chunk("IHDR", new byte[13]))[..20];
        Assert.Same(pngCut, ImageMetadata.Strip(pngCut));
    }
}
