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

    /// <summary>The sample package shipped next to the site's assembly.</summary>
    public static string EmbeddedPath => Path.Combine(AppContext.BaseDirectory, "SampleContent");
}
