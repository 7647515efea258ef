using GovOpen.Packaging;

namespace GovOpen.Cli.Sample;

/// <summary>
/// The sample content package of the fictional 示例市 (<c>govopen sample --out dir</c>). Its only source is the
/// committed folder src/GovOpen.Site/SampleContent — the package the citizen site ships — embedded in this
/// assembly as resources named <c>SampleContent/&lt;path in the package&gt;</c> (see GovOpen.Cli.csproj).
/// </summary>
internal static class SamplePackage
{
    private const string Prefix = "SampleContent/";

    /// <summary>The embedded files: (path inside the package with '/' separators, resource name).</summary>
    private static IEnumerable<(string Path, string Resource)> Files() =>
        typeof(SamplePackage).Assembly.GetManifestResourceNames()
            .Select(n => (Path: n.Replace('\\', '/'), Resource: n))
            .Where(f => f.Path.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(f => (f.Path[Prefix.Length..], f.Resource))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);

    /// <summary>Writes the package to <paramref name="outDir"/> and returns the number of items.</summary>
    public static int Write(string outDir)
    {
        var files = Files().ToList();
        if (!files.Any(f => f.Path == ContentPackage.ManifestFile))
        {
            throw new InvalidOperationException($"The sample package is not embedded in {typeof(SamplePackage).Assembly.GetName().Name} (no {Prefix}{ContentPackage.ManifestFile}).");
        }
        // Items left from an earlier package in the same directory would load as part of this one.
        var itemsDir = Path.Combine(outDir, ContentPackage.ItemsDir);
        if (Directory.Exists(itemsDir))
        {
            Directory.Delete(itemsDir, true);
        }
        var assembly = typeof(SamplePackage).Assembly;
        foreach (var (path, resource) in files)
        {
            var target = Path.Combine(outDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var from = assembly.GetManifestResourceStream(resource)!;
            using var to = File.Create(target);
            from.CopyTo(to);
        }
        return files.Count(f => f.Path.StartsWith(ContentPackage.ItemsDir + "/", StringComparison.Ordinal));
    }
}
