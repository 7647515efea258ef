using GovOpen.Core.Content;

namespace GovOpen.Site.Services;

/// <summary>Where content comes from: a content package on disk, or an Umbraco Delivery API.</summary>
public interface IContentSource
{
    string Description { get; }

    /// <summary>Loads the whole content set; throws when the source cannot deliver.</summary>
    Task<(ContentSet Set, Func<string, string?> ResolveMedia)> LoadAsync(CancellationToken ct);

    /// <summary>
    /// A cheap value that changes when the content changes, checked every minute; null when the source cannot tell
    /// (the Delivery API: refreshed on a schedule and by its webhook instead).
    /// </summary>
    string? Fingerprint() => null;

    /// <summary>
    /// Opens a media file the source holds outside a content package (the Delivery API: Umbraco's <c>/media/…</c>),
    /// or null. Called only for keys the public media gate has already allowed. <paramref name="width"/> asks the
    /// source for an image resized to that width (one of <see cref="ImageVariants.Widths"/>), when it can.
    /// </summary>
    Task<RemoteMedia?> OpenMediaAsync(string key, int? width, CancellationToken ct) => Task.FromResult<RemoteMedia?>(null);
}

/// <summary>A media file streamed from the source; the caller disposes it (its stream, and what the stream came from).</summary>
public sealed record RemoteMedia(Stream Content, string ContentType, long? Length, DateTimeOffset? LastModified, IDisposable? Owner = null) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        Owner?.Dispose();
    }
}
