using System.Buffers.Binary;
using GovOpen.Site.Services;
using SkiaSharp;

namespace GovOpen.Site.Tests;

public sealed class ImageVariantsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-img-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Jpeg(int width, int height)
    {
        var path = Path.Combine(_dir, $"photo-{width}x{height}.jpg");
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    [Fact]
    public void A_large_photo_is_scaled_to_the_width_keeping_its_proportions()
    {
        var bytes = ImageVariants.Resize(Jpeg(6000, 4000), 1280, ".jpg");
        Assert.NotNull(bytes);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.Equal((1280, 853), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
    }

    [Fact]
    public void An_image_is_never_made_larger()
    {
        Assert.Null(ImageVariants.Resize(Jpeg(800, 600), 960, ".jpg"));
        Assert.Null(ImageVariants.Resize(Jpeg(800, 600), 800, ".jpg"));
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_without_decoding()
    {
        // A PNG whose header claims 100000 × 100000 pixels (40 GB decoded) in a few dozen bytes.
        var path = Path.Combine(_dir, "bomb.png");
        File.WriteAllBytes(path, Png(100_000, 100_000));
        using (var codec = SKCodec.Create(path))
        {
            Assert.Equal(100_000, codec.Info.Width); // Skia reads the header as a real image's
        }
        Assert.Null(ImageVariants.Resize(path, 640, ".png"));
    }

    [Fact]
    public void Garbage_and_unknown_files_are_served_as_they_are()
    {
        var path = Path.Combine(_dir, "fake.jpg");
        File.WriteAllText(path, "not an image");
        Assert.Null(ImageVariants.Resize(path, 640, ".jpg"));
        Assert.False(ImageVariants.IsResizable("/media/a/plan.svg"));
        Assert.False(ImageVariants.IsOffered(500));
        Assert.Null(ImageVariants.SrcSet("https://other.example/a.jpg", null));
        Assert.Null(ImageVariants.SrcSet("/media/a/small.png", 300));
    }

    private static byte[] Png(int width, int height)
    {
        var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
