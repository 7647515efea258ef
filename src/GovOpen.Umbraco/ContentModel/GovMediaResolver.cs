using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;
using Conventions = Umbraco.Cms.Core.Constants.Conventions;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>A media item as an attachment needs it: name, URL (relative to the Umbraco host), extension and size.</summary>
public sealed record GovMedia(Guid Key, string Name, string Url, string? Extension, long? Bytes, int? Width = null, int? Height = null);

/// <summary>Finds media items by key (for 附件 picked with Umbraco's media picker).</summary>
public interface IGovMediaResolver
{
    GovMedia? Find(Guid key);

    /// <summary>Opens a media file by its URL (as <see cref="GovMedia.Url"/> gives it), or null when it is not in the media store.</summary>
    Stream? Open(string url) => null;
}

/// <summary>
/// Reads a media item the way the Delivery API's media builder does: the URL through the media URL generators of its
/// <c>umbracoFile</c> value, the extension and size from <c>umbracoExtension</c> and <c>umbracoBytes</c>
/// (docs/umbraco-contract.md). A trashed media item is not an attachment.
/// </summary>
public sealed class UmbracoMediaResolver(IMediaService media, MediaUrlGeneratorCollection urlGenerators, global::Umbraco.Cms.Core.IO.MediaFileManager files) : IGovMediaResolver
{
    /// <summary>Through the media file system: the URL made relative to it (<c>IFileSystem.GetRelativePath</c>), then opened.</summary>
    public Stream? Open(string url)
    {
        var relative = files.FileSystem.GetRelativePath(url);
        return files.FileSystem.FileExists(relative) ? files.FileSystem.OpenFile(relative) : null;
    }

    public GovMedia? Find(Guid key)
    {
        if (media.GetById(key) is not { Trashed: false } item)
        {
            return null;
        }
        var url = item.GetUrl(Conventions.Media.File, urlGenerators);
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        long? Number(string alias) => item.HasProperty(alias) ? item.GetValue(alias) switch
        {
            long l => l,
            int i => i,
            string s when long.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p) => p,
            _ => null,
        } : null;
        var width = Number(Conventions.Media.Width);
        var height = Number(Conventions.Media.Height);
        return new GovMedia(item.Key, item.Name ?? "", url, item.HasProperty(Conventions.Media.Extension) ? item.GetValue<string>(Conventions.Media.Extension) : null,
            Number(Conventions.Media.Bytes), width is > 0 and < int.MaxValue ? (int)width : null, height is > 0 and < int.MaxValue ? (int)height : null);
    }
}
