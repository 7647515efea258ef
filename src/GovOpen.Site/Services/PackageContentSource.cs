using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Site.Services;

public sealed class PackageContentSource(string path) : IContentSource
{
    public string Description => $"content package {path}";

    /// <summary>The package's folder.</summary>
    public string PackagePath => path;

    public Task<(ContentSet, Func<string, string?>)> LoadAsync(CancellationToken ct)
    {
        var package = ContentPackage.Load(path);
        return Task.FromResult((package.ToContentSet(), (Func<string, string?>)package.ResolveMedia));
    }

    /// <summary>Resolves media of the package without reading its items (a snapshot read back from a site store).</summary>
    public Func<string, string?> MediaResolver() => reference => ContentPackage.ResolveMedia(path, reference);

    /// <summary>
    /// A digest of every JSON file's name, size and write time (the manifest and the items): a package replaced or
    /// edited in place is noticed within a minute, and a site store (<see cref="SiteStore"/>) of another state of the
    /// package is never opened for this one. It does not read the files: an edit that keeps a file's size and puts its
    /// old write time back is not seen (replace a package, do not doctor it). A package that cannot be listed has its
    /// own fingerprint, so a folder that comes back is noticed too.
    /// </summary>
    public string? Fingerprint()
    {
        try
        {
            var root = Path.GetFullPath(path);
            // Names, sizes and times straight from the listing (no FileInfo per file: a package may hold 100,000 items).
            var files = new System.IO.Enumeration.FileSystemEnumerable<(string Name, long Length, long Ticks)>(root,
                (ref System.IO.Enumeration.FileSystemEntry e) => (Path.Join(e.Directory[root.Length..], e.FileName), e.Length, e.LastWriteTimeUtc.UtcTicks),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".json", StringComparison.Ordinal),
            }.ToList();
            files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            var buffer = new System.Text.StringBuilder();
            foreach (var (name, length, ticks) in files)
            {
                buffer.Append(name).Append('\0').Append(length).Append('\0').Append(ticks).Append('\n');
                if (buffer.Length > 1 << 15)
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes(buffer.ToString()));
                    buffer.Clear();
                }
            }
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(buffer.ToString()));
            return $"{files.Count}:{Convert.ToHexStringLower(hash.GetHashAndReset())[..32]}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return $"unreadable:{e.GetType().Name}";
        }
    }

    /// <summary>The sample package shipped next to the site's assembly.</summary>
    public static string EmbeddedPath => Path.Combine(AppContext.BaseDirectory, "SampleContent");
}
