using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Site.Services;

public sealed class PackageContentSource(string path) : IContentSource
{
    public string Description => $"content package {path}";

    public Task<(ContentSet, Func<string, string?>)> LoadAsync(CancellationToken ct)
    {
        var package = ContentPackage.Load(path);
        return Task.FromResult((package.ToContentSet(), (Func<string, string?>)package.ResolveMedia));
    }

    /// <summary>
    /// The manifest's and the items' write times and sizes: a package replaced or edited in place is noticed within a
    /// minute. A package that cannot be listed has its own fingerprint, so a folder that comes back is noticed too.
    /// </summary>
    public string? Fingerprint()
    {
        try
        {
            var files = new DirectoryInfo(path).EnumerateFiles("*.json", SearchOption.AllDirectories).ToList();
            var newest = files.Count == 0 ? 0 : files.Max(f => f.LastWriteTimeUtc.Ticks);
            return $"{files.Count}:{files.Sum(f => f.Length)}:{newest}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return $"unreadable:{e.GetType().Name}";
        }
    }

    /// <summary>The sample package shipped next to the site's assembly.</summary>
    public static string EmbeddedPath => Path.Combine(AppContext.BaseDirectory, "SampleContent");
}
