using GovOpen.Core.Content;

namespace GovOpen.Site.Services;

/// <summary>Where content comes from: a content package on disk, or an Umbraco Delivery API.</summary>
public interface IContentSource
{
    string Description { get; }

    /// <summary>Loads the whole content set; throws when the source cannot deliver.</summary>
    Task<(ContentSet Set, Func<string, string?> ResolveMedia)> LoadAsync(CancellationToken ct);
}
