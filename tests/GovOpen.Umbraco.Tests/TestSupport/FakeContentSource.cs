using GovOpen.Umbraco.Search;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Tests;

/// <summary>
/// The content of a <see cref="FakeSite"/> as the search, dashboard and health checks read it. Path rules as in
/// Umbraco's DocumentRepository.IsPathPublished: a path under the recycle bin (-1,-20,…) is never published; otherwise
/// every node on the path must be published.
/// </summary>
internal sealed class FakeContentSource(FakeSite site) : IGovContentSource
{
    public IEnumerable<IContent> All() => site.Contents;

    public bool IsPathPublished(IContent content)
    {
        if (content.Path.StartsWith("-1,-20,", StringComparison.Ordinal))
        {
            return false;
        }
        var ids = content.Path.Split(',').Skip(1).Select(int.Parse);
        return ids.All(id => site.Contents.FirstOrDefault(c => c.Id == id) is { Published: true, Trashed: false });
    }

    public IEnumerable<IContent> Descendants(IContent content) =>
        site.Contents.Where(c => c.Path.StartsWith(content.Path + ",", StringComparison.Ordinal));
}
