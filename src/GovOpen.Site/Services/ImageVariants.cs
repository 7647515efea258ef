using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace GovOpen.Site.Services;

/// <summary>
/// Responsive variants of raster images (图解): a fixed set of widths, so a page can offer <c>srcset</c> and a phone
/// downloads a small file. In package mode the site makes them itself with SkiaSharp and keeps them on disk; in
/// Delivery API mode the width goes to Umbraco's image processor (<c>?width=</c>, ImageSharp's resize command).
/// </summary>
public sealed class ImageVariants
{
    /// <summary>The widths offered; any other requested width gets the original.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 960, 1280];

    /// <summary>Largest source file decoded (bytes).</summary>
    public const long MaxSourceBytes = 64L * 1024 * 1024;

    /// <summary>Largest source image decoded (pixels): the header is read first, so an image bomb is never decoded.</summary>
    public const long MaxSourcePixels = 60_000_000;

    private static readonly string[] Resizable = [".jpg", ".jpeg", ".png", ".webp"];

    private readonly string _cacheDir;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount / 2));
    private readonly ILogger<ImageVariants> _log;

    public ImageVariants(Microsoft.Extensions.Options.IOptions<SiteOptions> options, ILogger<ImageVariants> log)
    {
        _cacheDir = options.Value.ImageCacheDirectory is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(Path.GetTempPath(), $"govopen-site-images-{Environment.ProcessId}-{Guid.NewGuid():N}"); // never a shared, predictable path
        _log = log;
    }

    /// <summary>Where the variants are kept.</summary>
    public string CacheDirectory => _cacheDir;

    /// <summary>Whether the file (by its name) is a raster image the site makes variants of.</summary>
    public static bool IsResizable(string? path) =>
        path is not null && Resizable.Contains(Path.GetExtension(path.Split('?', '#')[0]).ToLowerInvariant());

    /// <summary>Whether a requested width is one the site offers.</summary>
    public static bool IsOffered(int width) => Widths.Contains(width);

    /// <summary>
    /// The <c>srcset</c> of a media href: the offered widths below the image's own width (all of them when it is not
    /// known), then the original at its width. Null for anything that is not a resizable local image.
    /// </summary>
    public static string? SrcSet(string? href, int? intrinsicWidth)
    {
        if (href is null || !href.StartsWith("/media/", StringComparison.Ordinal) || !IsResizable(href) || href.Contains('?'))
        {
            return null;
        }
        var widths = Widths.Where(w => intrinsicWidth is not { } iw || w < iw).ToList();
        if (widths.Count == 0)
        {
            return null;
        }
        var parts = widths.Select(w => $"{href}?w={w} {w}w").ToList();
        if (intrinsicWidth is { } own)
        {
            parts.Add($"{href} {own}w");
        }
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The path of the variant of <paramref name="source"/> at <paramref name="width"/>, made on first request and kept
    /// on disk; null when the original should be served instead (not an offered width, not wider than the width,
    /// too large to decode, not decodable).
    /// </summary>
    public async Task<string?> VariantAsync(string source, int width, CancellationToken ct)
    {
        if (!IsOffered(width) || !IsResizable(source))
        {
            return null;
        }
        var info = new FileInfo(source);
        if (!info.Exists || info.Length > MaxSourceBytes)
        {
            return null;
        }
        var ext = Path.GetExtension(source).ToLowerInvariant();
        var stamp = $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{width}";
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp)))[..32].ToLowerInvariant();
        var target = Path.Combine(_cacheDir, name[..2], $"{name}-{width}{(ext == ".jpeg" ? ".jpg" : ext)}");
        if (File.Exists(target))
        {
            return target;
        }
        await _slots.WaitAsync(ct);
        try
        {
            if (File.Exists(target))
            {
                return target;
            }
            var bytes = Resize(source, width, ext);
            if (bytes is null)
            {
                return null;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, target, overwrite: true);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogWarning(e, "Image variant of {Source} at {Width}px could not be written; serving the original.", source, width);
            return null;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Decodes (scaled down while decoding where the format allows), resizes and encodes; null to serve the original.</summary>
    public static byte[]? Resize(string source, int width, string ext)
    {
        using var stream = File.OpenRead(source);
        using var codec = SKCodec.Create(stream);
        if (codec is null)
        {
            return null;
        }
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxSourcePixels)
        {
            return null;
        }
        var rotated = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightBottom;
        var uprightWidth = rotated ? info.Height : info.Width;
        var uprightHeight = rotated ? info.Width : info.Height;
        if (width >= uprightWidth)
        {
            return null;
        }
        // Decode at the smallest size the codec offers that is still at least as large as needed (JPEG: 1/2, 1/4, 1/8).
        var needScale = (float)width / uprightWidth;
        var decodeSize = codec.GetScaledDimensions(needScale);
        if ((rotated ? decodeSize.Height : decodeSize.Width) < width || decodeSize.Width <= 0 || decodeSize.Height <= 0)
        {
            decodeSize = info.Size;
        }
        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, ext == ".jpg" || ext == ".jpeg" ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }
        var height = Math.Max(1, (int)Math.Round((double)uprightHeight * width / uprightWidth));
        using var turned = Orient(decoded, codec.EncodedOrigin);
        using var resized = (turned ?? decoded).Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, decodeInfo.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }
        using var image = SKImage.FromBitmap(resized);
        var format = ext switch
        {
            ".png" => SKEncodedImageFormat.Png,
            ".webp" => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Jpeg,
        };
        using var data = image.Encode(format, 82);
        return data?.ToArray();
    }

    /// <summary>The bitmap turned upright by its EXIF orientation (a phone photo stored sideways), or null when it is upright.</summary>
    private static SKBitmap? Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (degrees, swap) = origin switch
        {
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        if (degrees == 0)
        {
            return null;
        }
        var turned = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
    }
}
