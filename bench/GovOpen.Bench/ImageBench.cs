using System.Diagnostics;
using GovOpen.Site.Services;
using SkiaSharp;

namespace GovOpen.Bench;

/// <summary>
/// Image variants (图解 srcset) as the site makes them: a 6000×4000 photo-like JPEG and a 1600×1000 PNG graphic,
/// each resized to every offered width without the disk cache. Reports variants per second and the process's peak
/// working set. Usage: GovOpen.Bench images [rounds]
/// </summary>
public static class ImageBench
{
    public static void Run(int rounds)
    {
        var dir = Directory.CreateTempSubdirectory("govopen-img-bench").FullName;
        try
        {
            var jpeg = Path.Combine(dir, "photo-6000x4000.jpg");
            Write(jpeg, 6000, 4000, SKEncodedImageFormat.Jpeg);
            var png = Path.Combine(dir, "graphic-1600x1000.png");
            Write(png, 1600, 1000, SKEncodedImageFormat.Png);
            Console.WriteLine($"# Image variants — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, SkiaSharp {typeof(SKBitmap).Assembly.GetName().Version}");
            Console.WriteLine($"source JPEG {new FileInfo(jpeg).Length / 1024:N0} KiB, PNG {new FileInfo(png).Length / 1024:N0} KiB; widths {string.Join(", ", ImageVariants.Widths)}; {rounds} rounds");
            foreach (var file in new[] { jpeg, png })
            {
                // Measured in a fresh process, so the peak working set is the resizing's, not the test images' making.
                var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
                {
                    psi.ArgumentList.Add(typeof(ImageBench).Assembly.Location);
                }
                foreach (var a in new[] { "images-run", file, rounds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                {
                    psi.ArgumentList.Add(a);
                }
                using var child = Process.Start(psi)!;
                Console.Write(child.StandardOutput.ReadToEnd());
                child.WaitForExit();
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The measured part: every offered width of one file, <paramref name="rounds"/> times, after one warm-up.</summary>
    public static void Measure(string file, int rounds)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        ImageVariants.Resize(file, 640, ext);
        var sw = Stopwatch.StartNew();
        var count = 0;
        long bytes = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var w in ImageVariants.Widths)
            {
                bytes += ImageVariants.Resize(file, w, ext)?.Length ?? 0;
                count++;
            }
        }
        sw.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"{Path.GetFileName(file)}: {count} variants in {sw.Elapsed.TotalSeconds:F2} s = {count / sw.Elapsed.TotalSeconds:F1} variants/s ({sw.Elapsed.TotalMilliseconds / count:F0} ms each); output {bytes / count / 1024:N0} KiB avg; peak working set of the process {peak / 1048576:N0} MiB");
    }

    /// <summary>A photo-like image: gradients and noise, so the encoder and decoder do real work.</summary>
    private static void Write(string path, int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var rng = new Random(7);
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var n = rng.Next(-24, 25);
                pixels[i] = (byte)Math.Clamp(x * 255 / width + n, 0, 255);
                pixels[i + 1] = (byte)Math.Clamp(y * 255 / height + n, 0, 255);
                pixels[i + 2] = (byte)Math.Clamp(128 + n, 0, 255);
                pixels[i + 3] = 255;
            }
        }
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 88);
        File.WriteAllBytes(path, data.ToArray());
    }
}
